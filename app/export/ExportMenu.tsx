import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CopyButton } from '../../src/components/code/CopyButton';
import { useApp } from '../state/store';
import './export.css';
import type { ExportFormat, ExportRequest } from './exportRequest';

export interface ExportMenuProps {
  /** What the chart is, e.g. "Loss curves of Huber, MSE": the group's name and the files' names. */
  readonly title: string;
  /** Builds the request when a button is pressed; `anchor` is this menu's element, to find the figure from. */
  readonly request: (anchor: HTMLElement) => ExportRequest;
  /** Offer a CSV (a chart whose numbers are a table); default true. */
  readonly csv?: boolean;
}

const LABELS: Readonly<Record<ExportFormat, string>> = { svg: 'Download SVG', png: 'Download PNG (2×)', csv: 'Download CSV' };

/**
 * An "Export" disclosure beside a chart: SVG, PNG at twice the CSS size, CSV of the plotted numbers, and
 * the link. The export code is fetched on the first press; a failure becomes a notice.
 */
export const ExportMenu = memo(function ExportMenu({ title, request, csv = true }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const formats: ExportFormat[] = csv ? ['svg', 'png', 'csv'] : ['svg', 'png'];

  const run = (format: ExportFormat) => {
    const anchor = root.current;
    if (!anchor) return;
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    let req: ExportRequest;
    try {
      req = request(anchor);
    } catch (e) {
      fail(format, e);
      return;
    }
    import('./runExport')
      .catch(() => {
        throw new Error('the export code could not be fetched; check the connection');
      })
      .then((m) => m.runExport(format, title, req, anchor))
      .then((file) => setStatus(`Downloaded ${file}`))
      .catch((e: unknown) => fail(format, e));
  };
  const fail = (format: ExportFormat, e: unknown) => {
    setStatus('');
    const why = e instanceof Error ? e.message : String(e);
    useApp.getState().notices.notify([`The ${format.toUpperCase()} of ${title} could not be made (${why}). The chart is unchanged; try again or another format.`]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div ref={root} className="export-menu" data-export="skip">
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={panelId} aria-label={`Export ${title}`} onClick={() => setOpen(!open)}>
        Export
      </button>
      <fieldset id={panelId} className="export-actions" hidden={!open}>
        <legend className="sr-only">Export {title}</legend>
        {formats.map((f) => (
          <button key={f} type="button" onClick={() => run(f)} onKeyDown={onKeyDown}>
            {LABELS[f]}
          </button>
        ))}
        <CopyButton text={() => location.href} label="Copy link" name="Copy link" fieldLabel={`Link to ${title}`} />
        <output className="export-status">{status}</output>
      </fieldset>
    </div>
  );
});
