import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, sh } from './helpers.js';

describe('newsdigest help', () => {
  it('help formats names every format and its rules', async () => {
    const run = await cli(['help', 'formats']);
    expect(run.code).toBe(0);
    for (const f of ['table', 'json', 'ndjson', 'csv', 'tsv']) expect(run.stdout).toMatch(new RegExp(`^  ${f}$`, 'm'));
    expect(run.stdout).toContain('--no-formula-guard');
  });

  it('help metrics lists each metric with its English and Chinese words', async () => {
    const run = await cli(['help', 'metrics']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nrevenue\n    en: net sales, revenues?, turnover, top line, sales\n    zh: 净销售额, 营收, 营业收入, 营业额, 总收入, 收入, 销售额\n');
    expect(run.stdout).toContain('\ngmv\n    en: gross merchandise (?:value|volume), GMV\n    zh: 商品交易总额, (?:全网)?(?:电商)?平台');
  });

  it('help fields lists every field of every record with its meaning and type', async () => {
    const run = await cli(['help', 'fields']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nnewsdigest figures, export --what figures (figure)\n');
    expect(run.stdout).toMatch(/^ {2}basis +What a change compares with: `yoy`, `qoq`, `mom`, `wow`, or null\.$/m);
    expect(run.stdout).toMatch(/^ {2}stated +The figure as stated: `up 70% yoy`, `about US\$58 billion`\.(?: \(string\))?$/m);
    for (const record of ['(item)', '(section)', '(figure)', '(stats)', '(metric-count)', '(trend)', '(finding)', '(bulletin)']) expect(run.stdout).toContain(record);
  });

  it('help COMMAND is that command\'s help; bare help is the program\'s', async () => {
    expect((await cli(['help', 'stats'])).stdout).toBe((await cli(['stats', '--help'])).stdout);
    expect((await cli(['help'])).stdout).toBe((await cli(['--help'])).stdout);
  });

  it('help of something that does not exist is a one-line error naming the topics, exit 2', async () => {
    const run = await cli(['help', 'nonexist']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe("newsdigest: no help for 'nonexist' (topics: formats, metrics, fields; commands: parse, list, sections, figures, stats, trend, check, export, completion, help)");
  });
});

describe('newsdigest completion', () => {
  /** What bash completes for these words, the last one being typed. */
  const complete = (words: string[]) =>
    sh(`source <(node bin/newsdigest.js completion bash); COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _newsdigest; printf '%s\\n' "\${COMPREPLY[@]}"`);

  it('bash: commands, options of a command, --format choices, metric names, choices of --status', async () => {
    expect((await complete(['newsdigest', 'fig'])).stdout).toBe('figures\n');
    expect((await complete(['newsdigest', 'check', '--st'])).stdout).toBe('--status\n--strict\n');
    expect((await complete(['newsdigest', 'list', '--format', 'n'])).stdout).toBe('ndjson\n');
    expect((await complete(['newsdigest', 'stats', '--metric', 'gm'])).stdout).toBe('gmv\n');
    expect((await complete(['newsdigest', 'check', '--status', 'in'])).stdout).toBe('inconsistent\n');
    expect((await complete(['newsdigest', 'parse', 'fixtures/morning-news-2022-01-2'])).stdout).toBe('fixtures/morning-news-2022-01-21.txt\n');
  });

  it('zsh loads the same completion through bashcompinit; fish gets native complete lines', async () => {
    const zsh = await cli(['completion', 'zsh']);
    expect(zsh.stdout).toContain('autoload -U +X bashcompinit && bashcompinit\n');
    expect(zsh.stdout).toContain('complete -o filenames -o bashdefault -F _newsdigest newsdigest\n');
    const fish = await cli(['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c newsdigest -n __fish_use_subcommand -a stats -d 'Summarise one metric across bulletins: count, min, max, mean, median, sum, per entity and period'\n");
    expect(fish.stdout).toContain("complete -c newsdigest -n '__fish_seen_subcommand_from list' -s f -l format -x -a 'table json ndjson csv tsv'");
  });

  it('an unknown shell is a usage error', async () => {
    const run = await cli(['completion', 'tcsh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("newsdigest: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish. (see newsdigest completion --help)\n");
  });
});

describe('man/newsdigest.1', () => {
  const page = readFileSync('man/newsdigest.1', 'utf8');

  it('is installed through package.json and names every command and option --help names', async () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { man: string }).man).toBe('./man/newsdigest.1');
    for (const command of ['parse', 'list', 'sections', 'figures', 'stats', 'trend', 'check', 'export', 'completion', 'help']) {
      expect(page).toContain(`.SS newsdigest ${command} `);
      const help = (await cli([command, '--help'])).stdout;
      const options = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]).filter((o) => o !== '--help');
      for (const o of options) expect(page, `${command} ${o}`).toContain(`\\fB${o.replace(/-/g, '\\-')}\\fR`);
    }
  });

  it('renders with man', async () => {
    const run = await sh('command -v man >/dev/null || exit 99; MANWIDTH=80 man -P cat -l man/newsdigest.1 2>&1');
    if (run.code === 99) return;
    expect(run.code).toBe(0);
    run.stdout = run.stdout.replace(/.\x08/g, '');
    expect(run.stdout).toContain('EXIT STATUS');
    expect(run.stdout).toMatch(/newsdigest stats \[options\] \[files\.\.\.\]/);
  });
});
