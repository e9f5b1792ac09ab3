import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? { ...acc, [key]: v } : { ...acc, ...flatten(v, key) };
  }, {});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('catalogues', () => {
  const enFlat = flatten(en as Tree);
  const koFlat = flatten(ko as Tree);

  it('have the same keys in Korean and English, none empty', () => {
    expect(Object.keys(koFlat).sort()).toEqual(Object.keys(enFlat).sort());
    for (const [key, text] of Object.entries(koFlat)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const holes = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of Object.keys(enFlat)) expect({ key, holes: holes(koFlat[key]) }).toEqual({ key, holes: holes(enFlat[key]) });
  });

  it('contain every literal key the code asks for', () => {
    const root = join(__dirname, '..');
    const missing: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        // a counted key may exist only as its plural forms (`key_one`, `key_other`)
        if (!(m[1] in enFlat) && !(`${m[1]}_other` in enFlat)) missing.push(`${file.slice(root.length)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is really Korean in the Korean catalogue', () => {
    const hangul = Object.values(koFlat).filter((s) => /[\uac00-\ud7a3]/.test(s)).length;
    expect(hangul / Object.keys(koFlat).length).toBeGreaterThan(0.9);
  });
});
