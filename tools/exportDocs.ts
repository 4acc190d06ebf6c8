/**
 * Lists the exports of a package entry that lack documentation: every export
 * needs a TSDoc summary, a `@category` and a `@since`; every exported
 * function, class and constant also needs an `@example`.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/** One export and what its documentation lacks. */
export interface UndocumentedExport {
  readonly name: string;
  readonly missing: readonly string[];
}

export function findUndocumentedExports(entry: string, tsconfig: string): UndocumentedExport[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (config === undefined) throw new Error(`Cannot read ${tsconfig}`);
  const program = ts.createProgram([entry], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`Cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [];
  const problems: UndocumentedExport[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const tags = declarations.flatMap((declaration) =>
      ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
    );
    const summary = symbol.getDocumentationComment(checker).length > 0;
    const runnable = declarations.some(
      (declaration) =>
        ts.isFunctionDeclaration(declaration) ||
        ts.isClassDeclaration(declaration) ||
        ts.isVariableDeclaration(declaration),
    );
    const missing = [
      ...(summary ? [] : ['summary']),
      ...(tags.includes('category') ? [] : ['@category']),
      ...(tags.includes('since') ? [] : ['@since']),
      ...(runnable && !tags.includes('example') ? ['@example'] : []),
    ];
    if (missing.length > 0) problems.push({ name: exported.getName(), missing });
  }
  return problems;
}

/** Declares the test that every export of the package at `packageDir` is documented. */
export function describeExportDocs(packageDir: string): void {
  it('documents every export with a summary, a category, a version and an example', () => {
    const problems = findUndocumentedExports(
      join(packageDir, 'src', 'index.ts'),
      join(packageDir, 'tsconfig.json'),
    );
    expect(problems).toEqual([]);
  }, 60_000);
}
