import { describe, expect, it } from 'vitest';
import { keyCommand, keyStep, type KeyInput } from './scatterKeys';

const k = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const idle = { grabbed: false, editable: true, chosen: true };
const held = { grabbed: true, editable: true, chosen: true };

describe('keyCommand', () => {
  it('chooses points with plain arrows and Home/End', () => {
    expect(keyCommand(k('ArrowRight'), idle)).toEqual({ type: 'choose', axis: 'x', delta: 1 });
    expect(keyCommand(k('ArrowUp'), idle)).toEqual({ type: 'choose', axis: 'y', delta: 1 });
    expect(keyCommand(k('ArrowDown'), { ...idle, chosen: false })).toEqual({ type: 'choose', axis: 'y', delta: -1 });
    expect(keyCommand(k('Home'), idle)).toEqual({ type: 'first' });
    expect(keyCommand(k('End'), idle)).toEqual({ type: 'last' });
  });

  it('moves the chosen point with Shift+arrows, or with arrows while grabbed (Shift: five steps)', () => {
    expect(keyCommand(k('ArrowLeft', { shiftKey: true }), idle)).toEqual({ type: 'move', dx: -1, dy: 0, quick: true });
    expect(keyCommand(k('ArrowUp'), held)).toEqual({ type: 'move', dx: 0, dy: 1, quick: false });
    expect(keyCommand(k('ArrowDown', { shiftKey: true }), held)).toEqual({ type: 'move', dx: 0, dy: -5, quick: false });
    expect(keyCommand(k('ArrowLeft', { shiftKey: true }), { ...idle, editable: false })?.type).toBe('choose');
    expect(keyCommand(k('ArrowLeft', { shiftKey: true }), { ...idle, chosen: false })?.type).toBe('choose');
  });

  it('grabs, drops and cancels with Enter, Space and Escape', () => {
    expect(keyCommand(k('Enter'), idle)).toEqual({ type: 'grab' });
    expect(keyCommand(k(' '), held)).toEqual({ type: 'drop' });
    expect(keyCommand(k('Escape'), held)).toEqual({ type: 'cancel' });
    expect(keyCommand(k('Escape'), idle)).toEqual({ type: 'deselect' });
    expect(keyCommand(k('Enter'), { ...idle, chosen: false })).toBeUndefined();
    expect(keyCommand(k('Enter'), { ...idle, editable: false })).toBeUndefined();
    expect(keyCommand(k('Home'), held)).toBeUndefined();
  });

  it('deletes with Delete or Backspace only when it may edit, and leaves browser shortcuts alone', () => {
    expect(keyCommand(k('Delete'), idle)).toEqual({ type: 'delete' });
    expect(keyCommand(k('Backspace'), held)).toEqual({ type: 'delete' });
    expect(keyCommand(k('Delete'), { ...idle, editable: false })).toBeUndefined();
    expect(keyCommand(k('ArrowLeft', { ctrlKey: true }), idle)).toBeUndefined();
    expect(keyCommand(k('ArrowLeft', { metaKey: true }), held)).toBeUndefined();
    expect(keyCommand(k('Tab'), held)).toBeUndefined();
    expect(keyCommand(k('a'), idle)).toBeUndefined();
  });
});

describe('keyStep', () => {
  it('is a nice step near a fortieth of the span', () => {
    expect([keyStep(8), keyStep(20), keyStep(1)]).toEqual([0.2, 0.5, 0.02]);
    expect(keyStep(0)).toBe(0.1);
    expect(keyStep(NaN)).toBe(0.1);
  });
});
