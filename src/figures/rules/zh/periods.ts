import { dayOf, ORDINAL, pad, recentYear, RELATIVE_SHIFT, relativeSpan, twelveMonthsTo, weekday, ZH_NUMBER } from '../calendar.js';
import type { PeriodRule } from '../rule.js';

const YEAR = '(?:19|20)\\d{2}';

/** Chinese period expressions, in the order they are tried at one place. */
export const PERIODS: PeriodRule[] = [
  {
    name: 'zhFiscal',
    pattern: `(?<zfy>${YEAR})\\s?财年(?:第?(?<zfq>[一二三四1-4])(?:财季|季度))?`,
    read: (g) => (g.zfq ? `FY${g.zfy}-Q${ORDINAL[g.zfq]}` : `FY${g.zfy}`),
    examples: [['2024财年第二季度营收2247.9亿元', '2023-11-17', 'FY2024-Q2'], ['2024财年营收', null, 'FY2024']],
  },
  {
    name: 'zhTrailingTwelveMonths',
    pattern: `截至(?:(?<zty>${YEAR})\\s?年)?(?<ztm>\\d{1,2})\\s?月(?:\\d{1,2}\\s?[日号])?止?的?(?:过去)?(?:12|十二)个月`,
    read: (g, c) => {
      const month = Number(g.ztm);
      const y = g.zty ? Number(g.zty) : recentYear(month, c.bulletinDate, c.yearHint);
      return y && month >= 1 && month <= 12 ? twelveMonthsTo(y, month) : null;
    },
    examples: [['截至9月30日止12个月，美团年度交易用户数近7亿', '2023-11-17', '2022-10/2023-09']],
  },
  {
    name: 'zhDayRange',
    pattern: `(?:(?<zdy>${YEAR})\\s?年)?(?<zdm1>\\d{1,2})\\s?月(?<zdd1>\\d{1,2})\\s?[日号]?\\s?[-—~至到]\\s?(?:(?<zdm2>\\d{1,2})\\s?月)?(?<zdd2>\\d{1,2})\\s?[日号]`,
    // `10月31日至11月11日`, `8月1-27日`: the days the figure covers.
    read: (g, c) => {
      const m1 = +g.zdm1!;
      const m2 = g.zdm2 ? +g.zdm2 : m1;
      const first = dayOf(g.zdy ? +g.zdy : null, m1, +g.zdd1!, c.bulletinDate);
      const last = dayOf(first ? +first.slice(0, 4) + (m2 < m1 ? 1 : 0) : null, m2, +g.zdd2!, null);
      return first && last ? `${first}/${last}` : null;
    },
    examples: [['双11期间（10月31日至11月11日）', '2023-11-17', '2023-10-31/2023-11-11'], ['8月1-27日，乘用车零售163.4万辆', '2023-09-02', '2023-08-01/2023-08-27']],
  },
  {
    name: 'zhDay',
    pattern: `(?:(?<zdy0>${YEAR})\\s?年)?(?<zdm>\\d{1,2})\\s?月(?<zdd>\\d{1,2})\\s?[日号]`,
    read: (g, c) => dayOf(g.zdy0 ? +g.zdy0 : null, +g.zdm!, +g.zdd!, c.bulletinDate),
    examples: [['8月20日，1年期LPR为3.35%', '2024-08-30', '2024-08-20'], ['2024年1月5日', null, '2024-01-05']],
  },
  {
    name: 'zhYear',
    pattern: `(?<zy>${YEAR})\\s?年(?:度)?(?:第?(?<zq>[一二三四1-4])季度|(?<zh2>[上下])半年|前(?<zfy3>[一二三])季度|(?<zm1>\\d{1,2})\\s?[-—~至到]\\s?(?<zm2>\\d{1,2})\\s?月|(?<zm>\\d{1,2})\\s?月(?!\\d{0,2}\\s?日))?`,
    read: (g) => {
      const y = g.zy!;
      if (g.zq) return `${y}-Q${ORDINAL[g.zq]}`;
      if (g.zh2) return `${y}-H${g.zh2 === '上' ? 1 : 2}`;
      if (g.zfy3) return `${y}-01/${y}-${pad(ORDINAL[g.zfy3] * 3)}`;
      if (g.zm1) return `${y}-${pad(+g.zm1)}/${y}-${pad(+g.zm2!)}`;
      if (g.zm) return `${y}-${pad(+g.zm)}`;
      return y;
    },
    examples: [['2024年第四季度净销售额', null, '2024-Q4'], ['2023年上半年', null, '2023-H1'], ['2022年1-8月', null, '2022-01/2022-08'], ['2024年营收', null, '2024']],
  },
  {
    name: 'zhFirstQuarters',
    pattern: '前(?<zfq0>[一二三])季度',
    read: (g, c) => {
      const quarters = ORDINAL[g.zfq0!];
      const y = recentYear(quarters * 3, c.bulletinDate, c.yearHint);
      return y ? `${y}-Q1/${y}-Q${quarters}` : null;
    },
    examples: [['前三季度GMV约为100亿美元', '2023-11-17', '2023-Q1/2023-Q3']],
  },
  {
    name: 'zhQuarter',
    pattern: '第?(?<zqn>[一二三四])(?:财)?季度|第(?<zqf>[一二三四])财季',
    read: (g, c) => {
      const q = ORDINAL[(g.zqn ?? g.zqf)!];
      const y = recentYear(q * 3, c.bulletinDate, c.yearHint);
      return y ? `${y}-Q${q}` : null;
    },
    examples: [['美团第三季度营收', '2023-11-17', '2023-Q3'], ['二季度营收', '2024-08-30', '2024-Q2']],
  },
  {
    name: 'zhHalf',
    pattern: '(?<zhn>[上下])半年',
    read: (g, c) => {
      const h = g.zhn === '上' ? 1 : 2;
      const y = recentYear(h * 6, c.bulletinDate, c.yearHint);
      return y ? `${y}-H${h}` : null;
    },
    examples: [['比亚迪上半年归母净利润', '2024-08-30', '2024-H1']],
  },
  {
    name: 'zhWeekday',
    pattern: '(?<zwl>上)?(?:周|星期|礼拜)(?<zwd>[一二三四五六日天])',
    read: (g, c) => weekday(c.bulletinDate, '一二三四五六'.indexOf(g.zwd!) + 1 || 7, g.zwl === '上'),
    examples: [['上周五三大指数集体收跌', '2024-11-11', '2024-11-08']],
  },
  {
    name: 'zhMonthRange',
    pattern: '(?<zmr1>\\d{1,2})\\s?[-—~至到]\\s?(?<zmr2>\\d{1,2})\\s?月',
    read: (g, c) => {
      const y = recentYear(+g.zmr2!, c.bulletinDate, c.yearHint);
      return y ? `${y}-${pad(+g.zmr1!)}/${y}-${pad(+g.zmr2!)}` : null;
    },
    examples: [['1-7月全国网上零售额', '2024-08-30', '2024-01/2024-07']],
  },
  {
    name: 'zhFirstMonths',
    pattern: '前(?<zfn>\\d{1,2}|[一二两三四五六七八九十]{1,2})个?月',
    // `前7个月`: January to July.
    read: (g, c) => {
      const months = /^\d+$/.test(g.zfn!) ? Number(g.zfn) : ZH_NUMBER[g.zfn!];
      const y = months >= 1 && months <= 12 ? recentYear(months, c.bulletinDate, c.yearHint) : null;
      return y ? `${y}-01/${y}-${pad(months)}` : null;
    },
    examples: [['前两个月', '2025-03-18', '2025-01/2025-02'], ['前7个月', '2024-08-30', '2024-01/2024-07']],
  },
  {
    name: 'zhMonth',
    pattern: '(?<zmon>\\d{1,2})\\s?月(?!\\d{0,2}\\s?[日号])',
    read: (g, c) => {
      const month = +g.zmon!;
      const y = month >= 1 && month <= 12 ? recentYear(month, c.bulletinDate, c.yearHint) : null;
      return y ? `${y}-${pad(month)}` : null;
    },
    examples: [['台积电7月营收', '2024-08-30', '2024-07'], ['10月CPI', '2024-11-11', '2024-10']],
  },
  {
    name: 'zhRelativeYear',
    pattern: '(?<zrel>去年(?!同期)|今年|明年)',
    read: (g, c) => relativeSpan('year', RELATIVE_SHIFT[g.zrel!], c.bulletinDate),
    examples: [['去年有5家', '2024-03-04', '2023'], ['今年1-2月', null, null]],
  },
];
