/**
 * What a worker posts once its script has loaded and listens: the page then knows it started. A module of its
 * own, so the page can import it without bundling the worker's code.
 */
export const WORKER_READY = 'ready';
