// @vitest-environment node
/**
 * The worker boundary is held by the lint, not by a naming convention (issue 8): Biome's
 * noRestrictedImports overrides in `.biome.json` refuse UI imports in core/ and sw/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const biome = join(root, 'node_modules/.bin/biome');
// A scratch project with the real configuration: the probes never touch the work tree.
const scratch = mkdtempSync(join(tmpdir(), 'permiso-boundary-'));
copyFileSync(join(root, '.biome.json'), join(scratch, 'biome.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints one probe file placed at `path` under the project's rules. */
function lint(path: string, source: string): { status: number | null; output: string } {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const result = spawnSync(biome, ['lint', '--vcs-enabled=false', path], { cwd: scratch, encoding: 'utf8' });
  rmSync(file);
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('what core/ and sw/ may import', () => {
  for (const path of ['src/core/probe.ts', 'src/sw/probe.ts']) {
    // Four Biome runs: about 3 s on a quiet two-core machine, far more on a busy one.
    it(`refuses solid-js, screens, UI and data in ${path}`, { timeout: 60_000 }, () => {
      for (const line of [
        "import { createSignal } from 'solid-js';",
        "import { Badge } from '../ui/Badge';",
        "import { session } from '../data/session';",
        "import { InboxScreen } from '../features/inbox/InboxScreen';",
      ]) {
        const { status, output } = lint(path, `${line}\nexport const x = 1;\n`);
        expect(status, line).not.toBe(0);
        expect(output).toContain('noRestrictedImports');
      }
    });

    it(`accepts db/, api/ and core/ in ${path}`, { timeout: 30_000 }, () => {
      const source =
        "import { readMeta } from '../db/meta';\nimport { call } from '../api/client';\nexport { call, readMeta };\n";
      expect(lint(path, source).status).toBe(0);
    });
  }

  it('refuses one feature reaching into another', { timeout: 30_000 }, () => {
    const { status } = lint(
      'src/features/payments/Probe.tsx',
      "import { x } from '../orders/OrderScreen';\nexport { x };\n",
    );
    expect(status).not.toBe(0);
  });
});
