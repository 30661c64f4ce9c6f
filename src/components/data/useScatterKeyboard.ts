import { useRef, useState, type KeyboardEvent } from 'react';
import { deletePoint, movePoint, type PointAt } from '../../math/surface/edits';
import type { Dataset } from '../../math/surface/types';
import { pointCoords, pointName } from './classStyle';
import { navigationOrder, stepIndex } from './hitTest';
import { clampToDomain, type Domain } from './scatterFrame';
import { keyCommand, keyStep, type KeyCommand } from './scatterKeys';

export type EditPhase = 'drag' | 'end';

interface Options {
  readonly dataset: Dataset;
  /** The window shown now (frozen while a point is held). */
  readonly domain: Domain;
  readonly selected: number | undefined;
  readonly select: (i: number | undefined) => void;
  /** Undefined: the chart is read-only (points can be chosen, not edited). */
  readonly onChange: ((next: Dataset, phase: EditPhase) => void) | undefined;
  /** Keep the window still (a domain) or let it follow the data again (null). */
  readonly freeze: (d: Domain | null) => void;
  readonly announce: (text: string) => void;
}

interface Grab {
  readonly index: number;
  readonly origin: PointAt;
}

/** Keyboard behaviour of the data chart (the pattern is documented in scatterKeys.ts). */
export function useScatterKeyboard({ dataset, domain, selected, select, onChange, freeze, announce }: Options) {
  const [grab, setGrab] = useState<Grab | null>(null);
  const quickMove = useRef(false);

  const release = () => {
    setGrab(null);
    freeze(null);
  };
  const finishQuickMove = () => {
    if (!quickMove.current) return;
    quickMove.current = false;
    onChange?.(dataset, 'end');
    freeze(null);
  };

  const run = (cmd: KeyCommand) => {
    const held = grab?.index ?? selected;
    switch (cmd.type) {
      case 'choose':
        return select(stepIndex(navigationOrder(dataset, cmd.axis), selected, cmd.delta));
      case 'first':
      case 'last':
        return select(stepIndex(navigationOrder(dataset, 'x'), undefined, cmd.type === 'first' ? 1 : -1));
      case 'deselect':
        return select(undefined);
      case 'grab':
        if (held === undefined) return;
        setGrab({ index: held, origin: pointCoords(dataset, held) });
        freeze(domain);
        return announce(`Grabbed point ${held + 1}. Arrow keys move it, Enter drops it, Escape puts it back.`);
      case 'move': {
        if (held === undefined || !onChange) return;
        const [a, b] = pointCoords(dataset, held);
        const sx = keyStep(domain.x[1] - domain.x[0]);
        const sy = keyStep(domain.y[1] - domain.y[0]);
        const next = movePoint(dataset, held, clampToDomain(domain, a + cmd.dx * sx, b + cmd.dy * sy));
        freeze(domain);
        if (cmd.quick) quickMove.current = true;
        onChange(next, 'drag');
        return announce(pointName(next, held));
      }
      case 'drop':
        if (!grab) return;
        onChange?.(dataset, 'end');
        release();
        return announce(`Dropped. ${pointName(dataset, grab.index)}`);
      case 'cancel':
        if (!grab) return;
        onChange?.(movePoint(dataset, grab.index, grab.origin), 'end');
        release();
        return announce(`Point ${grab.index + 1} put back.`);
      case 'delete': {
        if (held === undefined || !onChange) return;
        const next = deletePoint(dataset, held);
        onChange(next, 'end');
        if (grab) release();
        select(next.n === 0 ? undefined : Math.min(held, next.n - 1));
        return announce(`Deleted point ${held + 1}; ${next.n} ${next.n === 1 ? 'point' : 'points'} left.`);
      }
    }
  };

  const onKeyDown = (e: KeyboardEvent<Element>) => {
    const cmd = keyCommand(e, { grabbed: grab !== null, editable: onChange !== undefined, chosen: (grab?.index ?? selected) !== undefined });
    if (!cmd) return;
    e.preventDefault();
    run(cmd);
  };
  const onKeyUp = () => finishQuickMove();
  const onBlur = () => {
    finishQuickMove();
    if (grab) {
      onChange?.(dataset, 'end');
      release();
    }
  };

  return { grabbed: grab?.index, handlers: { onKeyDown, onKeyUp, onBlur } };
}
