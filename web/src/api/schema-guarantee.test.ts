import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MatchItem } from '@/features/matches/api/matches';
import { api, unwrap, type Schema } from '@/lib/api-client';

/**
 * The web app's promise: a field renamed or dropped in the API breaks the web build, not the page. The first
 * test holds only types (`tsc --noEmit`, run by `npm run build`, fails when a line below stops being an
 * error or a type changes); the second compiles real source against a schema with one field renamed.
 */
describe('the API layer is typed from the generated OpenAPI document', () => {
  it('infers bodies from the path and rejects what the API does not have', () => {
    const me = () => unwrap(api.GET('/v1/me'));
    type Me = Awaited<ReturnType<typeof me>>;
    // one shape per role: the role narrows the profile (a discriminated union, no cast)
    expectTypeOf<Extract<Me, { role: 'startup' }>['profile']>().toEqualTypeOf<Schema<'StartupView'> | null>();
    expectTypeOf<Extract<Me, { role: 'investor' }>['profile']>().toEqualTypeOf<Schema<'InvestorView'> | null>();
    expectTypeOf<Schema<'OrganizerMeView'>['profile']>().toEqualTypeOf<null>();
    expectTypeOf<MatchItem['myDecision']>().toEqualTypeOf<'interested' | 'maybe' | 'declined' | null>();

    // @ts-expect-error the API sends no `investorName`, so reading it does not compile
    const unknownField = (m: MatchItem) => m.investorName;
    // @ts-expect-error a path the API does not have does not compile
    const unknownPath = () => api.GET('/v1/no-such-path');
    // @ts-expect-error a value the API would reject does not compile
    const badBody = () => api.PUT('/v1/matches/{id}/decision', { params: { path: { id: 'x' } }, body: { decision: 'yes' } });
    expect([unknownField, unknownPath, badBody].map((f) => typeof f)).toEqual(['function', 'function', 'function']);
  });

  it('a field renamed in the schema breaks the code that reads it', () => {
    const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const schemaFile = path.join(web, 'src/api/schema.d.ts');
    const source = path.join(web, 'src/features/matches/api/matches.ts');
    const config = ts.getParsedCommandLineOfConfigFile(path.join(web, 'tsconfig.json'), { types: [] }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error('web/tsconfig.json did not parse');

    // Only matches.ts is checked; `tsc --noEmit` already shows the intact schema compiles.
    const errorsIn = (rewriteSchema: (text: string) => string) => {
      const host = ts.createCompilerHost(config.options);
      const read = host.readFile.bind(host);
      host.readFile = (file) => {
        const text = read(file);
        return text !== undefined && path.resolve(file) === schemaFile ? rewriteSchema(text) : text;
      };
      const program = ts.createProgram({ rootNames: [source], options: config.options, host });
      return ts.getPreEmitDiagnostics(program, program.getSourceFile(source)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    };

    // counterpartName() reads `investor.firm` of a MatchView.
    const renameFirm = (text: string) => {
      const start = text.indexOf('MatchInvestorView: {');
      const at = text.indexOf('firm: string;', start);
      expect(start).toBeGreaterThan(0);
      expect(at).toBeGreaterThan(start);
      return `${text.slice(0, at)}firmName: string;${text.slice(at + 'firm: string;'.length)}`;
    };

    expect(errorsIn(renameFirm)).toEqual([expect.stringContaining("Property 'firm' does not exist")]);
  }, 180_000);
});
