/**
 * Runs `run` once the browser has painted its next frame: in a task queued from that frame's
 * animation callbacks, so whatever `run` starts never delays the frame. A hidden page paints no
 * frames, so a timer runs it anyway after `fallbackMs`. Returns a function that cancels it.
 */
export function afterNextPaint(run: () => void, fallbackMs = 1000): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
    run();
  };
  const channel = new MessageChannel();
  channel.port1.addEventListener('message', once);
  channel.port1.start();
  const frame = requestAnimationFrame(() => channel.port2.postMessage(0));
  const timer = setTimeout(once, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  };
}
