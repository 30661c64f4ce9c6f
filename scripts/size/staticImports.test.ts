import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticClosure, staticImportsOf } from './staticImports';

describe('static imports of a built chunk', () => {
  it('finds import-from, bare import and export-from, and not import()', () => {
    const code =
      'import{a as e,b}from"./assets/shared-x.js";import"./side.js";export{c}from"../up.js";const l=()=>import(`./assets/lazy.js`);import(\'./assets/lazy2.js\');';
    expect(staticImportsOf(code)).toEqual(['./assets/shared-x.js', './side.js', '../up.js']);
  });

  it('follows static imports through chunks, once each, leaving out what only import() reaches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-imports-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'entry.js'), 'import{x}from"./assets/a.js";import"./assets/b.js";import("./assets/lazy.js")');
    writeFileSync(join(dir, 'assets', 'a.js'), 'import{y}from"./b.js";export const x=1');
    writeFileSync(join(dir, 'assets', 'b.js'), 'import{x}from"./a.js";export const y=2');
    writeFileSync(join(dir, 'assets', 'lazy.js'), 'import{x}from"./a.js"');
    expect(staticClosure(dir, 'entry.js')).toEqual(['entry.js', 'assets/a.js', 'assets/b.js']);
  });
});
