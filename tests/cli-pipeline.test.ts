/**
 * The reviewer checklist of CLI-CONVENTIONS.md, run as a user would: the built binary in real
 * shell pipelines, its output read back by jq, python3's csv module and sqlite3.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sh } from './helpers.js';

const F = 'fixtures/morning-news-2022-01-21.txt';
const N = 'node bin/newsdigest.js';
const T = mkdtempSync(join(tmpdir(), 'newsdigest-'));

beforeAll(() => {
  let s = 'Big\n\nSec\n';
  for (let i = 1; i <= 20000; i++) s += `${i}. T${i}\nRevenue was US$${i} million, up ${i % 90}% year-on-year. (Wire)\n`;
  writeFileSync(join(T, 'big.txt'), s);
});

const lines = (s: string) => s.trimEnd().split('\n');

describe('streams and exit codes', () => {
  it('1-2: | head ends quietly with exit 0', async () => {
    const r = await sh(`${N} list ${F} --format ndjson 2>${T}/e | head -1 >/dev/null; echo \${PIPESTATUS[0]}; wc -c <${T}/e`);
    expect(lines(r.stdout)).toEqual(['0', '0']);
    const big = await sh(`${N} export ${T}/big.txt --format ndjson --quiet 2>${T}/e2 | head -1 >/dev/null; echo \${PIPESTATUS[0]}; grep -c EPIPE ${T}/e2`);
    expect(lines(big.stdout)).toEqual(['0', '0']);
  });

  it('3-4: large output is never truncated, also to a slow reader', async () => {
    const r = await sh(`${N} export ${T}/big.txt --format ndjson -q | wc -c; ${N} export ${T}/big.txt --format ndjson -q >${T}/o; wc -c <${T}/o; wc -l <${T}/o; ${N} export ${T}/big.txt --format ndjson -q | (sleep 2; wc -l)`);
    const [piped, file, count, slow] = lines(r.stdout).map((x) => x.trim());
    expect(piped).toBe(file);
    expect(count).toBe('20000');
    expect(slow).toBe('20000');
  });

  it('5-6: a missing file: nothing on stdout, one line on stderr, exit 2, no stack', async () => {
    const r = await sh(`${N} list nope.txt`);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'newsdigest: nope.txt: no such file\n']);
  });

  it('7-9: grep exit codes for filters', async () => {
    const hit = await sh(`${N} list ${F} --keyword ByteDance --format ndjson | wc -l; echo \${PIPESTATUS[0]}`);
    expect(lines(hit.stdout).map((x) => x.trim())).toEqual(['1', '0']);
    const miss = await sh(`${N} list ${F} --keyword zzzz-nothing | wc -c; echo \${PIPESTATUS[0]}`);
    expect(lines(miss.stdout).map((x) => x.trim())).toEqual(['0', '1']);
    const csv = await sh(`${N} list ${F} --keyword zzzz-nothing --format csv | wc -l; echo \${PIPESTATUS[0]}`);
    expect(lines(csv.stdout).map((x) => x.trim())).toEqual(['1', '1']);
  });

  it('10: no messages on stdout', async () => {
    const r = await sh(`${N} export ${F} --format ndjson 2>/dev/null | jq -e . >/dev/null; echo $?`);
    expect(r.stdout.trim()).toBe('0');
  });
});

describe('input handling', () => {
  it('11-13: stdin as -, stdin when piped, and a file wins over piped stdin', async () => {
    const r = await sh(`cat ${F} | ${N} list - --format ndjson | wc -l; ${N} list --format ndjson < ${F} | wc -l; echo junk | ${N} list ${F} --format ndjson | wc -l`);
    expect(lines(r.stdout).map((x) => x.trim())).toEqual(['10', '10', '10']);
  });

  it('14: no files and a terminal on stdin: usage, exit 2, no hang', async () => {
    const r = await sh(`timeout 5 script -qec '${N} list' /dev/null; echo "exit $?"`);
    expect(r.stdout).toContain('no input: give files or directories, or pipe a bulletin to stdin');
    expect(r.stdout.trim().split('\n').pop()).toBe('exit 2');
  });

  it('15: -- ends options', async () => {
    const r = await sh(`${N} list -- -odd.txt`);
    expect([r.code, r.stderr]).toEqual([2, 'newsdigest: -odd.txt: no such file\n']);
  });

  it('16-17: BOM dropped and CRLF folded', async () => {
    const bom = await sh(`printf '\\xef\\xbb\\xbf' | cat - ${F} | ${N} export - --format json --date 2022-01-21 | jq -r '.. | strings' | grep -c $'\\xef\\xbb\\xbf'; printf '\\xef\\xbb\\xbf' | cat - ${F} | ${N} export - --format json --date 2022-01-21 | jq length`);
    expect(lines(bom.stdout)).toEqual(['0', '10']);
    const crlf = await sh(`sed 's/$/\\r/' ${F} | ${N} export - --format ndjson --date 2022-01-21 | jq -r '.. | strings' | grep -c $'\\r'; sed 's/$/\\r/' ${F} | ${N} export - --format ndjson --date 2022-01-21 | wc -l`);
    expect(lines(crlf.stdout).map((x) => x.trim())).toEqual(['0', '10']);
  });

  it('18-19: invalid UTF-8 and empty input are errors', async () => {
    const bad = await sh(`printf 'H\\n\\nSec\\n1. Bad \\xff title\\nBody. (Src)\\n' | ${N} list -; echo "exit $?"`);
    expect(bad.stdout).toBe('exit 2\n');
    expect(bad.stderr).toBe('newsdigest: -: input is not valid UTF-8 (byte 14); if it is GB18030 or another encoding, give --encoding gb18030\n');
    const empty = await sh(`: | ${N} list -`);
    expect([empty.code, empty.stderr]).toEqual([2, 'newsdigest: -: empty input\n']);
  });
});

describe('usage errors', () => {
  it('20-22: unknown option, bad choice, bad number: exit 2 with a hint', async () => {
    const bogus = await sh(`${N} list ${F} --bogus`);
    expect([bogus.code, bogus.stdout, bogus.stderr]).toEqual([2, '', "newsdigest: unknown option '--bogus' (see newsdigest list --help)\n"]);
    const xml = await sh(`${N} list ${F} --format xml`);
    expect(xml.code).toBe(2);
    expect(xml.stderr).toContain('Allowed choices are table, json, ndjson, csv, tsv.');
    const zero = await sh(`${N} list ${F} --limit 0`);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("argument '0' is invalid. must be a positive integer");
  });

  it('23-25: suggestions, excess arguments, bare program', async () => {
    const typo = await sh(`${N} lsit`);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(Did you mean list?)');
    const extra = await sh(`${N} sections ${F} extra-arg`);
    expect(extra.code).toBe(2);
    const bare = await sh(`${N}`);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain('Usage: newsdigest [options] [command]');
  });

  it('26-27: --version and help on stdout', async () => {
    const v = await sh(`${N} --version; node -p "require('./package.json').version"`);
    const [a, b] = lines(v.stdout);
    expect([a, v.stderr]).toEqual([b, '']);
    const help = await sh(`diff <(${N} help list) <(${N} list --help) && ${N} --help | head -1`);
    expect([help.code, help.stdout]).toEqual([0, 'Usage: newsdigest [options] [command]\n']);
  });

  it('an unknown --fields name lists the valid ones', async () => {
    const r = await sh(`${N} list ${F} --fields n,nope`);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("newsdigest: unknown field 'nope' (valid fields: file, n, marker, section, title, body, source, date, url, bulletin_date, figures, line, start, end)");
  });

  it('a bad --regex is a usage error', async () => {
    const r = await sh(`${N} list ${F} --regex '('`);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^newsdigest: invalid --regex '\(': /);
  });
});

describe('formats', () => {
  it('28-29: json array and ndjson lines', async () => {
    const r = await sh(`${N} export ${F} --format json | jq length; ${N} export ${F} --format json | tail -c1 | od -An -c; ${N} export ${F} --format ndjson | jq -s length; ${N} export ${F} --format ndjson | grep -c $'\\r'`);
    expect(lines(r.stdout).map((x) => x.trim())).toEqual(['10', '\\n', '10', '0']);
  });

  it('30-32: CSV per RFC 4180 read back by python3', async () => {
    const r = await sh(`${N} export ${F} --format csv | python3 -c 'import csv,sys;r=list(csv.reader(sys.stdin));print(len(r)-1,len({len(x) for x in r}))'; ${N} export ${F} --format csv | grep -cF '"Taobao releases 9 ""memory"" search terms"'; ${N} export ${F} --format csv | grep -c $'\\r'; ${N} export ${F} --format csv --crlf | grep -vc $'\\r$'`);
    expect(lines(r.stdout).map((x) => x.trim())).toEqual(['10 1', '1', '0', '0']);
  });

  it('33: -o FILE and -o - write the same bytes', async () => {
    const r = await sh(`${N} export ${F} --format csv -o ${T}/o.csv && diff ${T}/o.csv <(${N} export ${F} --format csv) && diff <(${N} export ${F} --format csv -o -) ${T}/o.csv && echo same`);
    expect(r.stdout).toBe('same\n');
  });

  it('34: formula guard on text cells only, and off with --no-formula-guard', async () => {
    const input = `printf 'H\\n\\nSec\\n1. =1+2 test\\nDown -3.5%% year-on-year. (Src)\\n'`;
    const r = await sh(`${input} | ${N} export - --format csv --date 2022-01-01 | grep -c "'=1+2"; ${input} | ${N} export - --format csv --no-formula-guard --date 2022-01-01 | grep -c "^-,1,,Sec,=1+2"; ${input} | ${N} export - --what figures --format csv --date 2022-01-01 --fields text,value`);
    expect(lines(r.stdout)).toEqual(['1', '0', 'text,value', "'-3.5%,3.5"]);
    const raw = await sh(`${input} | ${N} export - --format csv --no-formula-guard --date 2022-01-01 --fields title`);
    expect(raw.stdout).toBe('title\n=1+2 test\n');
  });

  it('TSV escapes tab, CR, LF and backslash', async () => {
    const r = await sh(`printf 'H\\n\\nSec\\n1. A\\\\B\\tC\\nLine one.\\nLine two. (Src)\\n' | ${N} export - --format tsv --date 2022-01-01 --fields title,body`);
    expect(r.stdout).toBe('title\tbody\nA\\\\B\\tC\tLine one.\\nLine two.\n');
  });

  it('every fixture round-trips through sqlite3 .import --csv and jq', async () => {
    const r = await sh(`${N} export fixtures/ --format csv -q -o ${T}/all.csv && sqlite3 :memory: '.import --csv ${T}/all.csv items' 'select count(*), count(distinct file) from items;' && ${N} export fixtures/ --format ndjson -q | jq -s 'length'`);
    expect(lines(r.stdout)).toEqual(['150|40', '150']);
  });
});

describe('colour', () => {
  it('35-39: no colour when piped, NO_COLOR honoured, --color never beats FORCE_COLOR', async () => {
    const r = await sh(
      [
        `${N} list ${F} --format table | grep -c $'\\e\\[' || true`,
        `NO_COLOR=1 script -qec "${N} list ${F}" /dev/null | grep -c $'\\e\\[' || true`,
        `${N} list ${F} --format table --color never | grep -c $'\\e\\[' || true`,
        `FORCE_COLOR=1 ${N} list ${F} --format table | grep -c $'\\e\\[' || true`,
        `FORCE_COLOR=1 ${N} list ${F} --format table --color never | grep -c $'\\e\\[' || true`,
        `FORCE_COLOR=3 ${N} export ${F} --format json | jq length`,
        `${N} list nope.txt 2>&1 >/dev/null | grep -c $'\\e\\[' || true`,
      ].join('; '),
    );
    expect(lines(r.stdout).map((x) => x.trim())).toEqual(['0', '0', '0', '1', '0', '10', '0']);
  });

  it('40: ndjson when piped, a table on a terminal', async () => {
    const r = await sh(`${N} list ${F} | head -1 | jq -r .title; script -qec "${N} list ${F}" /dev/null | head -1`);
    const [title, header] = lines(r.stdout);
    expect(title).toBe('In 2021, Chengdu achieved a cumulative e-commerce transaction volume of 2452.675 billion yuan, an increase of 8.35% year-on-year');
    expect(header.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/^file +n +title +source +figures$/);
  });
});
