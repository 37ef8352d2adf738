import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Each source file of a folder with the modules it imports: files of the folder, or package names. */
export interface ImportGraph {
  /** Relative path (from the folder's parent) → the files it imports, as relative paths. */
  files: Map<string, string[]>;
  /** The same, leaving out imports of types only, which no bundle contains. */
  runtimeFiles: Map<string, string[]>;
  /** Relative path → the packages and built-in modules it imports at run time ("astro/zod", "node:fs"). */
  packages: Map<string, string[]>;
}

/** The modules a file's code imports (static, re-exports and dynamic import()), and whether only for types. */
function importsOf(code: string): Array<{ specifier: string; typeOnly: boolean }> {
  const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) {
        const typeOnly = ts.isImportDeclaration(node)
          ? /^import\s+type\b/.test(code.slice(node.pos, node.end).trim()) ||
            (node.importClause !== undefined &&
              !node.importClause.name &&
              node.importClause.namedBindings !== undefined &&
              ts.isNamedImports(node.importClause.namedBindings) &&
              node.importClause.namedBindings.elements.length > 0 &&
              node.importClause.namedBindings.elements.every((element) => element.isTypeOnly))
          : node.isTypeOnly;
        found.push({ specifier: node.moduleSpecifier.text, typeOnly });
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SOURCE = /\.(ts|astro)$/;

/** The code of an .astro file that imports: its front matter and its <script> elements. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const scriptSources = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => `import '${match[1]}';`);
  return [frontMatter, ...scripts, ...scriptSources].join('\n');
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * Reads the imports of every .ts and .astro file under `dir` with TypeScript's own parser. Cycles
 * count imports of types too (a cycle of types is still a knot a reader must untangle); what a
 * browser bundle contains counts only imports that survive compilation.
 */
export function importGraph(dir: string): ImportGraph {
  const root = dirname(dir);
  const files = new Map<string, string[]>();
  const runtimeFiles = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(entry)) {
        const local: string[] = [];
        const runtime: string[] = [];
        const external: string[] = [];
        for (const { specifier, typeOnly } of importsOf(codeOf(path))) {
          if (specifier.startsWith('.')) {
            const target = resolveImport(path, specifier);
            if (!target) continue;
            local.push(relative(root, target));
            if (!typeOnly) runtime.push(relative(root, target));
          } else if (!typeOnly) external.push(specifier);
        }
        files.set(relative(root, path), local);
        runtimeFiles.set(relative(root, path), runtime);
        packages.set(relative(root, path), external);
      }
    }
  };
  walk(dir);
  return { files, runtimeFiles, packages };
}

/** Every cycle of imports, each as the files around it (found once, from its first file in order). */
export function cycles(graph: ImportGraph): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string) => {
    stack.push(file);
    onStack.add(file);
    for (const next of graph.files.get(file) ?? []) {
      if (onStack.has(next)) found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of [...graph.files.keys()].sort()) if (!done.has(file)) visit(file);
  return found;
}

/** The files a bundle of `entry` contains: those reachable through imports of more than types. */
export function reachable(graph: ImportGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph.runtimeFiles.get(file) ?? []) visit(next);
  };
  visit(entry);
  return seen;
}
