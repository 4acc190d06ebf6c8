import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the official validators vendored in `tools/validators` (CEN EN 16931,
 * Factur-X 1.0.9, French reform rules) over generated e-invoices, in one
 * call per profile, as the tests of this package do. Not exported.
 */

const REPOSITORY = fileURLToPath(new URL('../../../../', import.meta.url));

/** The verdict on one file. */
export interface FileVerdict {
  readonly pass: boolean;
  /** The failed rule ids (`BR-CO-15`, `FX-SCH-A-000121[BR-CO-15]`, `XSD`…). */
  readonly failed: readonly string[];
  /** The validator's report on the file. */
  readonly report: string;
}

/** A validator run: its exit code, its whole output and the verdict per file name. */
export interface ValidatorRun {
  readonly exitCode: number | null;
  readonly output: string;
  readonly verdicts: ReadonlyMap<string, FileVerdict>;
}

/** How to run the validator: its profile and flags (`--fr-ctc`, `--no-schematron`). */
export interface ValidatorCall {
  readonly profile: string;
  readonly flags?: readonly string[];
}

/** Writes `files` (name → XML) into a new temporary folder and returns their paths by name. */
export function writeTemporaryFiles(
  label: string,
  files: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const folder = mkdtempSync(join(tmpdir(), `tpe-e-invoicing-${label}-`));
  const paths = new Map<string, string>();
  for (const [name, xml] of files) {
    const path = join(folder, `${name}.xml`);
    writeFileSync(path, xml);
    paths.set(name, path);
  }
  return paths;
}

function verdictsOf(output: string, paths: ReadonlyMap<string, string>): Map<string, FileVerdict> {
  const names = new Map([...paths].map(([name, path]) => [path, name]));
  const verdicts = new Map<string, FileVerdict>();
  const blocks = output.split(/^(?:== |file: {4})/m).slice(1);
  for (const block of blocks) {
    const path = block.slice(0, block.indexOf('\n')).trim();
    const result = /^RESULT: (PASS|FAIL)(?: - failed: (.*))?$/m.exec(block);
    const name = names.get(path);
    if (name === undefined || result === null) continue;
    verdicts.set(name, {
      pass: result[1] === 'PASS',
      failed: (result[2] ?? '').split(' ').filter((id) => id !== ''),
      report: block,
    });
  }
  return verdicts;
}

/**
 * Whether Saxon-HE for Java is installed (Debian `libsaxonhe-java`, as CI
 * installs it): the validator then runs every rule set, the Factur-X EXTENDED
 * schematron included, which SaxonJS cannot run.
 */
export const JAVA_SAXON = existsSync(process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar');

/** The engine flags of the vendored scripts: Java Saxon when installed, else SaxonJS and xmllint-wasm. */
export const ENGINE_FLAGS: readonly string[] = JAVA_SAXON
  ? ['-e', 'java']
  : ['-e', 'js', '--xsd-engine', 'wasm'];

/** What a script of tools/validators answered: its exit code and its whole output. */
export interface ScriptRun {
  readonly exitCode: number | null;
  readonly output: string;
}

/** Runs `script` of tools/validators (`validate-cii.sh`, `check-facturx-pdf.sh`) with `args`. */
export function runValidatorScript(script: string, args: readonly string[]): Promise<ScriptRun> {
  const temporary = join(tmpdir(), 'tpe-validators');
  mkdirSync(temporary, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(join(REPOSITORY, 'tools/validators', script), args, {
      env: {
        ...process.env,
        NODE_MODULES: join(REPOSITORY, 'node_modules'),
        VALIDATORS_TMP: temporary,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}

/**
 * Runs `validate-cii.sh` once over all `paths` (name → file), with Java
 * Saxon and xmllint when installed, else SaxonJS and xmllint-wasm.
 */
export async function runValidator(
  call: ValidatorCall,
  paths: ReadonlyMap<string, string>,
): Promise<ValidatorRun> {
  const { exitCode, output } = await runValidatorScript('validate-cii.sh', [
    ...ENGINE_FLAGS,
    '-p',
    call.profile,
    ...(call.flags ?? []),
    ...paths.values(),
  ]);
  return { exitCode, output, verdicts: verdictsOf(output, paths) };
}
