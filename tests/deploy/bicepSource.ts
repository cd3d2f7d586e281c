/**
 * Reads the Bicep templates with a real Bicep grammar (tree-sitter-bicep, run
 * as WebAssembly, so it works offline and needs no Bicep CLI download), and
 * answers the questions the deploy tests ask: syntax errors, declared and
 * used names, modules and their parameters, and the app settings.
 * It is a parser, not the Bicep compiler: resource types and property names
 * are not checked against Azure's schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

export const AZURE_DIR = path.join('deploy', 'azure');

export interface BicepFile {
  file: string;
  root: Node;
}

let parser: Promise<Parser> | undefined;

async function bicepParser(): Promise<Parser> {
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
  return new Parser().setLanguage(language);
}

export function readBicep(file: string): Promise<BicepFile> {
  return parseBicep(readFileSync(file, 'utf8'), file);
}

export async function parseBicep(text: string, file: string): Promise<BicepFile> {
  parser ??= bicepParser();
  const tree = (await parser).parse(text);
  if (!tree) throw new Error(`could not parse ${file}`);
  return { file, root: tree.rootNode };
}

/** Every node below `node` (depth first), `node` included. */
export function descendants(node: Node): Node[] {
  return [node, ...node.namedChildren.flatMap((c) => (c ? descendants(c) : []))];
}

export function syntaxErrors(bicep: BicepFile): string[] {
  return descendants(bicep.root)
    .filter((n) => n.type === 'ERROR' || n.isMissing)
    .map((n) => `${bicep.file}:${n.startPosition.row + 1}: ${n.isMissing ? `missing ${n.type}` : n.text}`);
}

/** The text of a string literal without quotes; undefined for an interpolated or other expression. */
export function literal(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  const parts = node.namedChildren;
  if (parts.some((p) => p?.type === 'interpolation')) return undefined;
  return parts.map((p) => p?.text ?? '').join('');
}

function declarations(bicep: BicepFile, type: string): Node[] {
  return bicep.root.namedChildren.filter((n): n is Node => n?.type === type);
}

function declaredName(node: Node): string {
  return node.namedChildren[0]!.text;
}

export interface Param {
  name: string;
  hasDefault: boolean;
  decorators: string[];
}

export function params(bicep: BicepFile): Param[] {
  return declarations(bicep, 'parameter_declaration').map((node) => {
    const decorators = node.previousNamedSibling?.type === 'decorators' ? node.previousNamedSibling : null;
    return {
      name: declaredName(node),
      // identifier, type, then the default value if there is one
      hasDefault: node.namedChildren.length > 2,
      decorators: decorators ? decorators.namedChildren.map((d) => d!.text) : [],
    };
  });
}

export function variableNames(bicep: BicepFile): string[] {
  return declarations(bicep, 'variable_declaration').map(declaredName);
}

/** The expression a variable is set to. */
export function variable(bicep: BicepFile, name: string): Node {
  const node = declarations(bicep, 'variable_declaration').find((n) => declaredName(n) === name);
  if (!node) throw new Error(`${bicep.file} has no variable ${name}`);
  return node.namedChildren[1]!;
}

/**
 * Names read in expressions: identifiers that are neither the name being
 * declared nor an object property's key.
 */
export function referencedNames(bicep: BicepFile): Set<string> {
  const names = new Set<string>();
  for (const node of descendants(bicep.root)) {
    if (node.type !== 'identifier') continue;
    const parent = node.parent;
    const isFirstChild = parent?.namedChildren[0]?.id === node.id;
    if (parent && isFirstChild && /_declaration$|^object_property$/.test(parent.type)) continue;
    names.add(node.text);
  }
  return names;
}

/** `key: value` pairs of an object node (keys as written, quoted or not). */
export function properties(object: Node): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const prop of object.namedChildren) {
    if (prop?.type !== 'object_property') continue;
    const [key, value] = prop.namedChildren;
    if (key && value) map.set(literal(key) ?? key.text, value);
  }
  return map;
}

/** The body object of a resource or module, looking through `if (…)` and `for`. */
function body(declaration: Node): Node {
  const last = declaration.namedChildren[declaration.namedChildren.length - 1]!;
  if (last.type === 'object') return last;
  const inner = descendants(last).find((n) => n.type === 'object');
  if (!inner) throw new Error(`no body in ${declaration.text.slice(0, 60)}`);
  return inner;
}

export interface Module {
  name: string;
  path: string;
  params: Map<string, Node>;
}

export function modules(bicep: BicepFile): Module[] {
  return declarations(bicep, 'module_declaration').map((node) => {
    const paramsObject = properties(body(node)).get('params');
    return {
      name: declaredName(node),
      path: literal(node.namedChildren[1]) ?? '',
      params: paramsObject ? properties(paramsObject) : new Map<string, Node>(),
    };
  });
}

export interface Resource {
  name: string;
  type: string;
  body: Map<string, Node>;
}

export function resources(bicep: BicepFile): Resource[] {
  return declarations(bicep, 'resource_declaration').map((node) => ({
    name: declaredName(node),
    type: literal(node.namedChildren[1]) ?? '',
    body: properties(body(node)),
  }));
}

/** Follows `a.b.c` through nested objects; undefined where a level is missing or not an object. */
export function at(props: Map<string, Node>, ...keys: string[]): Node | undefined {
  let current: Node | undefined;
  let level: Map<string, Node> | undefined = props;
  for (const key of keys) {
    current = level?.get(key);
    level = current?.type === 'object' ? properties(current) : undefined;
  }
  return current;
}

/**
 * The app-setting names a variable holds: every `{ name: '…', value: … }`
 * object in its expression (through concat, ternaries and arrays), following
 * the other variables it uses. A name that is not a plain string literal is
 * an error, since the tests could not check it.
 */
export function appSettingNames(bicep: BicepFile, variableName: string, seen = new Set<string>()): string[] {
  seen.add(variableName);
  const nodes = descendants(variable(bicep, variableName));
  const viaVariables = nodes
    .filter((n) => n.type === 'identifier' && variableNames(bicep).includes(n.text) && !seen.has(n.text))
    .flatMap((n) => appSettingNames(bicep, n.text, seen));
  return nodes
    .filter((n) => n.type === 'object')
    .map(properties)
    .filter((props) => props.has('name') && props.has('value'))
    .map((props) => {
      const name = literal(props.get('name'));
      if (name === undefined)
        throw new Error(`app setting name is not a literal: ${props.get('name')!.text}`);
      return name;
    })
    .concat(viaVariables);
}
