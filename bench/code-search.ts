/**
 * Code-search latency on embedded PGlite, the slowest database Priora runs on.
 * Run: npx tsx bench/code-search.ts   (or npm run bench:codes)
 *
 * Loads the code sets into a fresh PGlite in a temporary folder, then runs a fixed, seeded
 * mix of the searches people make in the case wizard: code prefixes as they are typed
 * ("E1", "E11", "E11.9"), single words, word prefixes and two-word searches, for ICD-10-CM
 * and HCPCS. Prints the load time and p50/p95/p99/max per kind and overall.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { executeRows } from '../src/db/execute-rows.ts';
import { loadReferenceData } from '../src/db/seed/load-reference-data.ts';
import { searchCodes } from '../src/app/reference/search-codes.ts';
import { Prng } from '../src/domain/demo/prng.ts';
import type { CodeSystem } from '../src/domain/reference/code-query.ts';

/** The date of service the searches filter on, fixed so that runs compare. */
const activeOn = '2026-03-02';

interface BenchQuery {
  kind: 'code prefix' | 'one word' | 'word prefix' | 'two words';
  system: CodeSystem;
  q: string;
  billableOnly: boolean;
}

const icdWords = [
  'diabetes', 'hypertension', 'asthma', 'fracture', 'pain', 'knee', 'osteoarthritis', 'pneumonia', 'depression',
  'obesity', 'neoplasm', 'sprain', 'lumbar', 'radiculopathy', 'apnea', 'anemia', 'migraine', 'stenosis', 'cough',
  'glaucoma', 'melanoma', 'lymphoma', 'spondylosis', 'scoliosis', 'tendinitis', 'cellulitis', 'dementia', 'epilepsy',
];
const icdPrefixes = ['diab', 'hyperten', 'osteoar', 'pneum', 'radic', 'spondyl', 'malig', 'neopl', 'fract', 'carc', 'lymph', 'arthr'];
const icdPairs = [
  'diab mell', 'breast neoplasm', 'low back', 'knee osteoarthritis', 'sleep apnea', 'lumbar stenosis', 'rotator cuff',
  'heart failure', 'atrial fib', 'malignant prostate', 'lung malig', 'chronic kidney', 'type 2', 'cruciate sprain',
  'cervical radiculopathy', 'hip fracture', 'major depressive', 'morbid obesity', 'coronary arter', 'multiple myeloma',
];
const hcpcsWords = ['wheelchair', 'oxygen', 'walker', 'cpap', 'shoe', 'lift', 'mattress', 'crutches', 'nebulizer', 'ventilator', 'prosthetic', 'orthosis', 'insulin', 'catheter'];
const hcpcsPrefixes = ['wheel', 'oxy', 'orth', 'prosth', 'neb', 'diab', 'glucos'];
const hcpcsPairs = ['hospital bed', 'power wheelchair', 'glucose strips', 'knee orthosis', 'oxygen concentrator', 'patient lift', 'diabetic shoe', 'osteogenesis stim', 'pressure mattress', 'ankle foot'];

/** Code prefixes as a person types them, one character more each time: E, E1, E11, E11., E11.9. */
function typedPrefixes(code: string, system: CodeSystem): string[] {
  const shown = system === 'ICD10CM' && code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
  const prefixes: string[] = [];
  for (let length = 2; length <= shown.length; length += 1) {
    prefixes.push(shown.slice(0, length));
  }
  return prefixes;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'priora-bench-'));
  try {
    const openStarted = performance.now();
    const connection = await openDatabase({ dataDir: folder });
    const migrateMs = performance.now() - openStarted;
    const loadStarted = performance.now();
    const load = await loadReferenceData(connection.db);
    const loadMs = performance.now() - loadStarted;
    console.log(`migrations ${migrateMs.toFixed(0)} ms; reference load ${loadMs.toFixed(0)} ms ${JSON.stringify(load.counts)}`);

    const prng = new Prng(20_260_302);
    const sample = async (system: CodeSystem, count: number): Promise<string[]> => {
      const rows = await executeRows<{ code: string }>(
        connection.db,
        // Codes in force on the search date: nobody types a code that was terminated years ago.
        sql`select code from clinical_codes where system = ${system} and billable and (terminated_on is null or terminated_on >= ${activeOn})
            order by md5(code || ${String(prng.nextUint32())}) limit ${count}`,
      );
      return rows.map((row) => row.code);
    };
    const queries: BenchQuery[] = [];
    for (const code of await sample('ICD10CM', 40)) {
      for (const q of typedPrefixes(code, 'ICD10CM')) {
        queries.push({ kind: 'code prefix', system: 'ICD10CM', q: prng.chance(0.3) ? q.toLowerCase() : q, billableOnly: true });
      }
    }
    for (const code of await sample('HCPCS', 25)) {
      for (const q of typedPrefixes(code, 'HCPCS')) {
        queries.push({ kind: 'code prefix', system: 'HCPCS', q, billableOnly: true });
      }
    }
    const add = (kind: BenchQuery['kind'], system: CodeSystem, words: readonly string[], count: number): void => {
      for (let index = 0; index < count; index += 1) {
        queries.push({ kind, system, q: prng.pick(words), billableOnly: prng.chance(0.8) });
      }
    };
    add('one word', 'ICD10CM', icdWords, 90);
    add('word prefix', 'ICD10CM', icdPrefixes, 50);
    add('two words', 'ICD10CM', icdPairs, 90);
    add('one word', 'HCPCS', hcpcsWords, 40);
    add('word prefix', 'HCPCS', hcpcsPrefixes, 20);
    add('two words', 'HCPCS', hcpcsPairs, 40);
    // Interleave the kinds as real traffic would, with a fixed seed so runs compare.
    for (let index = queries.length - 1; index > 0; index -= 1) {
      const other = prng.int(0, index);
      [queries[index], queries[other]] = [queries[other] as BenchQuery, queries[index] as BenchQuery];
    }

    // Warm up: the first queries pay for loading index pages and plan caches.
    for (const query of queries.slice(0, 30)) {
      await searchCodes(connection.db, { ...query, limit: 20, activeOn });
    }

    const timings = new Map<string, number[]>();
    let empty = 0;
    for (const query of queries) {
      const started = performance.now();
      const results = await searchCodes(connection.db, { ...query, limit: 20, activeOn });
      const elapsed = performance.now() - started;
      if (results.length === 0) {
        empty += 1;
      }
      for (const key of ['all', `${query.system} ${query.kind}`]) {
        const list = timings.get(key) ?? [];
        list.push(elapsed);
        timings.set(key, list);
      }
    }

    console.log(`${queries.length} searches, ${empty} with no results`);
    console.log('kind'.padEnd(24), 'n'.padStart(5), 'p50'.padStart(8), 'p95'.padStart(8), 'p99'.padStart(8), 'max'.padStart(8), '(ms)');
    for (const [key, list] of [...timings.entries()].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
      list.sort((a, b) => a - b);
      const at = (fraction: number): string => (list[Math.min(list.length - 1, Math.floor(fraction * list.length))] ?? 0).toFixed(1).padStart(8);
      console.log(key.padEnd(24), String(list.length).padStart(5), at(0.5), at(0.95), at(0.99), at(1));
    }
    await connection.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
