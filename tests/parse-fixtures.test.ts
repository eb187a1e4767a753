import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { structureOf } from './helpers.js';

// The full structure of every fixture, checked by hand against the file.
const EXPECTED: Record<string, ReturnType<typeof structureOf>> = {
  "en-macro-lists-2024-10-08.txt": {
    "title": "Market Wrap",
    "headlines": [],
    "date": "2024-10-08",
    "intro": "Good morning. Prices, payrolls, a store count and a rate path lead today.",
    "footer": null,
    "sections": [
      [
        "MACRO",
        5,
        [
          1,
          2
        ]
      ],
      [
        "RETAIL",
        12,
        [
          3,
          4
        ]
      ],
      [
        "MARKETS",
        19,
        [
          5,
          6,
          7,
          8,
          9
        ]
      ]
    ],
    "items": [
      [
        1,
        "1.",
        "MACRO",
        "Northland consumer prices rise 0.4% in September",
        "Northland Statistics Office",
        null,
        6
      ],
      [
        2,
        "2.",
        "MACRO",
        "Veldt private payrolls seen rising by 95,000",
        "Wire Desk",
        null,
        9
      ],
      [
        3,
        "3.",
        "RETAIL",
        "Corvid Foods to open 120 stores",
        "Grocery Journal",
        null,
        13
      ],
      [
        4,
        "4.",
        "RETAIL",
        "Tessel tops the shopping-app charts",
        "App Monitor",
        null,
        16
      ],
      [
        5,
        "5.",
        "MARKETS",
        "Oil and a bank's results",
        "Energy Desk",
        null,
        20
      ],
      [
        6,
        "6.",
        "MARKETS",
        "Marland lifts heat-pump grants",
        "Energy Desk",
        null,
        23
      ],
      [
        7,
        "7.",
        "MARKETS",
        "Pemberly files to list",
        "Deal Street",
        null,
        26
      ],
      [
        8,
        "8.",
        "MARKETS",
        "Harbor Ventures backs Lumo with $40m",
        "Startup Ledger",
        null,
        29
      ],
      [
        9,
        "9.",
        "MARKETS",
        "Pindle adds a service fee",
        "Retail Monitor",
        null,
        32
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-hongguan-2024-10-15.txt": {
    "title": "宏观早知道",
    "headlines": [],
    "date": "2024-10-15",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "宏观",
        3,
        [
          1,
          2
        ]
      ],
      [
        "物流",
        10,
        [
          3,
          4
        ]
      ],
      [
        "汽车",
        17,
        [
          5
        ]
      ],
      [
        "外贸",
        21,
        [
          6,
          7
        ]
      ],
      [
        "市场",
        28,
        [
          8
        ]
      ]
    ],
    "items": [
      [
        1,
        "1、",
        "宏观",
        "9月居民消费价格指数同比上涨0.4%",
        "国家统计局",
        "2024-10-14",
        4
      ],
      [
        2,
        "2、",
        "宏观",
        "离岸人民币本月升值约0.8%",
        "财联社",
        null,
        7
      ],
      [
        3,
        "3、",
        "物流",
        "前三季度快递业务量1250亿件",
        "国家邮政局",
        null,
        11
      ],
      [
        4,
        "4、",
        "物流",
        "云帆即时配送订单增长18%",
        "云帆公告",
        null,
        14
      ],
      [
        5,
        "5、",
        "汽车",
        "9月乘用车零售210万辆",
        "乘联会",
        null,
        18
      ],
      [
        6,
        "6、",
        "外贸",
        "前三季度跨境电商进出口1.88万亿元",
        "海关总署",
        null,
        22
      ],
      [
        7,
        "7、",
        "外贸",
        "跨境平台上调服务费",
        "跨境眼",
        null,
        25
      ],
      [
        8,
        "8、",
        "市场",
        "两市成交额1.21万亿元",
        "证券时报",
        null,
        29
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "daily-brief-2025-01-15.txt": {
    "title": "THE DAILY BRIEF",
    "headlines": [],
    "date": "2025-01-15",
    "intro": "Good morning. Here is what moved markets and tech overnight.",
    "footer": "Compiled by the Brief team. Forward this to a friend.",
    "sections": [
      [
        "MARKETS",
        5,
        [
          1,
          2
        ]
      ],
      [
        "TECH",
        9,
        [
          3,
          4,
          5
        ]
      ],
      [
        "DEALS",
        16,
        [
          6
        ]
      ]
    ],
    "items": [
      [
        1,
        "•",
        "MARKETS",
        "Stocks",
        null,
        null,
        6
      ],
      [
        2,
        "•",
        "MARKETS",
        "Oil",
        null,
        null,
        7
      ],
      [
        3,
        "•",
        "TECH",
        "Antitrust",
        null,
        null,
        10
      ],
      [
        4,
        "•",
        "TECH",
        "TikTok",
        null,
        null,
        11
      ],
      [
        5,
        "•",
        "TECH",
        "Chips",
        "Reuters",
        null,
        14
      ],
      [
        6,
        "•",
        "DEALS",
        null,
        "Bloomberg",
        null,
        17
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "6:no-source",
      "7:no-source",
      "10:no-source",
      "11:no-source"
    ]
  },
  "emoji-digest-2024-06-10.txt": {
    "title": "Startup Digest",
    "headlines": [],
    "date": "2024-06-10",
    "intro": "Your weekly dose of funding news.",
    "footer": null,
    "sections": [],
    "items": [
      [
        1,
        "📱",
        null,
        null,
        "TechCrunch",
        null,
        4
      ],
      [
        2,
        "💰",
        null,
        null,
        "Financial Times",
        null,
        5
      ],
      [
        3,
        "🚗",
        null,
        null,
        "The Verge",
        null,
        6
      ],
      [
        4,
        "🛒",
        null,
        null,
        "Bloomberg",
        null,
        7
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "markdown-digest-2024-09-30.md": {
    "title": "AI Funding Digest",
    "headlines": [],
    "date": "2024-09-30",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "Funding",
        3,
        [
          1,
          2
        ]
      ],
      [
        "Markets",
        8,
        [
          3,
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "-",
        "Funding",
        null,
        "Axios",
        null,
        5
      ],
      [
        2,
        "-",
        "Funding",
        null,
        "The Information",
        null,
        6
      ],
      [
        3,
        "1.",
        "Markets",
        "Nvidia's stake in Arm stood at 0.3% at the end of the quarter",
        "SEC filing",
        null,
        10
      ],
      [
        4,
        "2.",
        "Markets",
        "Microsoft's market share in cloud reached 24%",
        "Synergy Research",
        null,
        13
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "morning-news-2022-01-21.txt": {
    "title": "Morning News",
    "headlines": [
      "ByteDance's revenue in 2021 was US$58 billion, up 70% year-on-year",
      "Douyin e-commerce increased its crackdown on piracy and banned tens of thousands of infringing stores in 2021",
      "Taobao released 9 \"memory\" search terms",
      "Amazon will launch its first physical fashion store \"Amazon Style\""
    ],
    "date": "2022-01-21",
    "intro": "Lao Gao provides everyone with the latest and most valuable Internet and e-commerce information every day.",
    "footer": null,
    "sections": [
      [
        "E-commerce newsletter",
        4,
        [
          1,
          2,
          3,
          4
        ]
      ],
      [
        "Cross-border newsletter",
        13,
        [
          5,
          6,
          7
        ]
      ],
      [
        "Internet Information",
        20,
        [
          8,
          9,
          10
        ]
      ]
    ],
    "items": [
      [
        1,
        "1.",
        "E-commerce newsletter",
        "In 2021, Chengdu achieved a cumulative e-commerce transaction volume of 2452.675 billion yuan, an increase of 8.35% year-on-year",
        "E-commerce News",
        "2022-01-21",
        5
      ],
      [
        2,
        "2.",
        "E-commerce newsletter",
        "Analyst: Tencent may reduce its holdings in Krafton after selling its shares in JD.com",
        "E-commerce News",
        "2022-01-21",
        7
      ],
      [
        3,
        "3.",
        "E-commerce newsletter",
        "Taobao releases 9 \"memory\" search terms",
        "E-commerce News",
        "2022-01-20",
        9
      ],
      [
        4,
        "4.",
        "E-commerce newsletter",
        "Douyin e-commerce has stepped up crackdown on piracy. Banned tens of thousands of infringing stores in 2021",
        "E-commerce News",
        "2022-01-20",
        11
      ],
      [
        5,
        "5.",
        "Cross-border newsletter",
        "Amazon will launch its first physical fashion store, “Amazon Style”",
        "E-commerce News",
        "2022-01-20",
        14
      ],
      [
        6,
        "6.",
        "Cross-border newsletter",
        "Lazada's brand mall LazMall opens the fast application channel",
        "E-commerce News",
        "2022-01-20",
        16
      ],
      [
        7,
        "7.",
        "Cross-border newsletter",
        "Yunnan Province's cross-border e-commerce transaction volume soared by 317% in 2021",
        "E-commerce News",
        null,
        18
      ],
      [
        8,
        "8.",
        "Internet Information",
        "Ministry of Commerce: E-commerce platform enterprises should formulate rules for reducing the use of disposable plastic products",
        "E-commerce News",
        "2022-01-20",
        21
      ],
      [
        9,
        "9.",
        "Internet Information",
        "ByteDance's revenue in 2021 increased by 70% year-on-year",
        "E-commerce News",
        "2022-01-20",
        23
      ],
      [
        10,
        "10.",
        "Internet Information",
        "TikTok plans to launch a paid subscription model",
        "E-commerce News",
        null,
        25
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "plain-briefing-2024-02-02.txt": {
    "title": "Evening Briefing",
    "headlines": [],
    "date": "2024-02-02",
    "intro": null,
    "footer": null,
    "sections": [],
    "items": [
      [
        1,
        null,
        null,
        "Meta shares surge after first dividend",
        "Reuters",
        null,
        4
      ],
      [
        2,
        null,
        null,
        "Amazon beats holiday forecast",
        "Bloomberg",
        null,
        7
      ],
      [
        3,
        null,
        null,
        "Apple's China sales slide",
        "CNBC",
        null,
        10
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "tldr-tech-2025-06-04.md": {
    "title": "TLDR",
    "headlines": [],
    "date": "2025-06-04",
    "intro": "Together With Acme Cloud",
    "footer": "Want to advertise in TLDR? Reach 1.2 million readers.\nIf you don't want to receive future editions of TLDR, please unsubscribe.",
    "sections": [
      [
        "Big Tech & Startups",
        5,
        [
          1,
          2,
          3
        ]
      ],
      [
        "Science & Futuristic Technology",
        17,
        [
          4
        ]
      ],
      [
        "Programming, Design & Data Science",
        23,
        [
          5
        ]
      ]
    ],
    "items": [
      [
        1,
        null,
        "Big Tech & Startups",
        "Nvidia passes Microsoft as the world's most valuable company",
        null,
        null,
        8
      ],
      [
        2,
        null,
        "Big Tech & Startups",
        "Acme Cloud cuts GPU prices for startups (Sponsor)",
        null,
        null,
        11
      ],
      [
        3,
        null,
        "Big Tech & Startups",
        "Snowflake to buy Crunchy Data for about $250 million",
        null,
        null,
        14
      ],
      [
        4,
        null,
        "Science & Futuristic Technology",
        "OpenAI's annualized revenue hits $10 billion",
        null,
        null,
        20
      ],
      [
        5,
        null,
        "Programming, Design & Data Science",
        "Postgres 18 beta lands with async I/O",
        null,
        null,
        26
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "weekly-roundup-2023.txt": {
    "title": "Weekly Retail Roundup",
    "headlines": [
      "Walmart raises outlook after e-commerce sales jump 27%",
      "Target profit beats estimates",
      "Home Depot cuts forecast"
    ],
    "date": "2023-05-19",
    "intro": "This week's roundup covers earnings from the big box chains and the latest on online retail.",
    "footer": "Compiled by Retail Desk. Subscribe at our website.",
    "sections": [
      [
        "Earnings",
        10,
        [
          1,
          2,
          3
        ]
      ],
      [
        "Policy",
        18,
        [
          4,
          5
        ]
      ]
    ],
    "items": [
      [
        1,
        "1)",
        "Earnings",
        "Walmart raises outlook after e-commerce sales jump 27%",
        "CNBC",
        null,
        11
      ],
      [
        2,
        "2)",
        "Earnings",
        "Target profit beats estimates",
        "Reuters",
        null,
        13
      ],
      [
        3,
        "3)",
        "Earnings",
        "Home Depot cuts forecast",
        "Wall Street Journal",
        null,
        15
      ],
      [
        4,
        "1.",
        "Policy",
        "Card fees surge",
        "Payments Dive",
        null,
        19
      ],
      [
        5,
        "2.",
        "Policy",
        "8 departments join the retail data initiative",
        "Commerce Department",
        null,
        21
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-brief-no-sections.txt": {
    "title": "财经简报",
    "headlines": [
      "阿里巴巴回购计划增至250亿美元",
      "蔚来一季度交付量同比增长29%",
      "央行降准0.25个百分点"
    ],
    "date": "2022-04-08",
    "intro": null,
    "footer": "以上就是今天的全部内容。",
    "sections": [],
    "items": [
      [
        1,
        "(1)",
        null,
        "阿里巴巴回购计划增至250亿美元",
        "财联社",
        null,
        7
      ],
      [
        2,
        "(2)",
        null,
        "蔚来一季度交付量同比增长29%",
        "新浪财经",
        null,
        9
      ],
      [
        3,
        "(3)",
        null,
        "央行降准0.25个百分点",
        "央行官网",
        null,
        11
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-crossborder-2022-03-15.md": {
    "title": "跨境电商周报",
    "headlines": [],
    "date": "2022-03-15",
    "intro": "本周跨境电商要闻汇总，由跨境研究院整理。",
    "footer": null,
    "sections": [
      [
        "平台动态",
        5,
        [
          1,
          2
        ]
      ],
      [
        "行业数据",
        13,
        [
          3,
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "NO.1",
        "平台动态",
        "亚马逊将美国站FBA配送费平均上调5.1%",
        "亚马逊卖家中心",
        null,
        7
      ],
      [
        2,
        "NO.2",
        "平台动态",
        "Temu上线首月GMV约300万美元",
        "雨果网",
        null,
        10
      ],
      [
        3,
        "NO.3",
        "行业数据",
        "2021年中国出口跨境电商规模达6.6万亿元",
        "网经社",
        null,
        15
      ],
      [
        4,
        "NO.4",
        "行业数据",
        "东南亚电商市场规模将在2025年达到2340亿美元",
        "界面新闻",
        null,
        18
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-morning-2022-01-20.txt": {
    "title": "电商早报",
    "headlines": [
      "拼多多四季度营收同比增长3%",
      "京东物流拟投资30亿元",
      "抖音电商春节消费数据发布"
    ],
    "date": "2022-01-20",
    "intro": null,
    "footer": "（完）\n编辑：小王",
    "sections": [
      [
        "国内",
        4,
        [
          1,
          2,
          3
        ]
      ],
      [
        "跨境",
        12,
        [
          4,
          5
        ]
      ],
      [
        "互联网",
        18,
        [
          6
        ]
      ]
    ],
    "items": [
      [
        1,
        "1、",
        "国内",
        "拼多多2021年第四季度营收272.3亿元，同比增长3%",
        "界面新闻",
        "2022-01-19",
        5
      ],
      [
        2,
        "2、",
        "国内",
        "京东物流拟投资约30亿元建设西南智能物流园",
        "36氪、21世纪经济报道",
        "2022-01-19",
        7
      ],
      [
        3,
        "3、",
        "国内",
        "商务部：2021年全国网上零售额13.1万亿元",
        "商务部",
        "2022-01-20",
        9
      ],
      [
        4,
        "4、",
        "跨境",
        "SHEIN估值或超千亿美元",
        "晚点LatePost",
        null,
        13
      ],
      [
        5,
        "5、",
        "跨境",
        "海关总署：2021年跨境电商进出口1.98万亿元",
        "海关总署",
        "2022-01-14",
        15
      ],
      [
        6,
        "6、",
        "互联网",
        "腾讯音乐宣布回购不超过10亿美元股票",
        "新浪科技",
        "2022-01-18",
        19
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-tech-daily-2023.txt": {
    "title": "科技日报",
    "headlines": [],
    "date": "2023-01-23",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "国内新闻",
        4,
        [
          1,
          2,
          3
        ]
      ],
      [
        "国际新闻",
        15,
        [
          4,
          5
        ]
      ]
    ],
    "items": [
      [
        1,
        "①",
        "国内新闻",
        "比亚迪2022年新能源汽车销量186.35万辆",
        "证券时报",
        "2023-01-01",
        5
      ],
      [
        2,
        "②",
        "国内新闻",
        "小米集团第三季度营收709.7亿元，同比下降9.7%",
        "界面新闻",
        null,
        8
      ],
      [
        3,
        "③",
        "国内新闻",
        "美团外卖日均订单突破6000万单",
        "美团",
        null,
        11
      ],
      [
        4,
        "④",
        "国际新闻",
        "苹果市值跌破2万亿美元",
        "华尔街见闻",
        "2023-01-03",
        16
      ],
      [
        5,
        "⑤",
        "国际新闻",
        "三星电子第四季度营业利润同比下降69%",
        "路透社",
        null,
        19
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "retail-pulse-2024-07-22.txt": {
    "title": "Retail Pulse",
    "headlines": [
      "Amazon Prime Day sales hit a record",
      "Temu's GMV doubles",
      "Zara owner Inditex lifts margins"
    ],
    "date": "2024-07-22",
    "intro": "Good morning from the Retail Pulse desk.",
    "footer": null,
    "sections": [
      [
        "MARKETPLACES",
        6,
        [
          1,
          2
        ]
      ],
      [
        "FASHION",
        12,
        [
          3,
          4
        ]
      ],
      [
        "PAYMENTS",
        18,
        [
          5
        ]
      ]
    ],
    "items": [
      [
        1,
        "1.",
        "MARKETPLACES",
        "Amazon says Prime Day was its biggest ever",
        "Adobe Analytics",
        null,
        7
      ],
      [
        2,
        "2.",
        "MARKETPLACES",
        "Temu's gross merchandise value more than doubled in the first half",
        "The Information",
        null,
        9
      ],
      [
        3,
        "3.",
        "FASHION",
        "Inditex first-quarter net income rises 10.8%",
        "Inditex",
        null,
        13
      ],
      [
        4,
        "4.",
        "FASHION",
        "H&M cuts 1,000 jobs as sales slow",
        "Reuters",
        null,
        15
      ],
      [
        5,
        "5.",
        "PAYMENTS",
        "Klarna narrows loss ahead of listing",
        "Klarna",
        null,
        19
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-kuajing-2024-09-05.txt": {
    "title": "跨境电商早报",
    "headlines": [
      "SHEIN上半年营收同比增长约23%",
      "速卖通Choice订单量翻番",
      "TikTok Shop美国站GMV突破90亿美元"
    ],
    "date": "2024-09-05",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "平台",
        4,
        [
          1,
          2,
          3
        ]
      ],
      [
        "政策",
        12,
        [
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "1、",
        "平台",
        "SHEIN上半年营收同比增长约23%",
        "路透社",
        null,
        5
      ],
      [
        2,
        "2、",
        "平台",
        "速卖通Choice业务订单量同比翻番",
        "阿里巴巴财报",
        null,
        7
      ],
      [
        3,
        "3、",
        "平台",
        "TikTok Shop美国站GMV突破90亿美元",
        "雨果跨境",
        null,
        9
      ],
      [
        4,
        "4、",
        "政策",
        "海关总署：前7个月我国跨境电商进出口1.48万亿元",
        "海关总署",
        "2024-09-04",
        13
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "fintech-wire-2024-10-15.md": {
    "title": "Fintech Wire",
    "headlines": [
      "Stripe's payment volume tops $1 trillion",
      "Revolut valued at $45 billion",
      "Adyen's net revenue climbs 24%"
    ],
    "date": "2024-10-15",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "Payments",
        5,
        [
          1,
          2,
          3
        ]
      ],
      [
        "Banking",
        11,
        [
          4,
          5
        ]
      ]
    ],
    "items": [
      [
        1,
        "-",
        "Payments",
        null,
        "Stripe annual letter",
        null,
        7
      ],
      [
        2,
        "-",
        "Payments",
        null,
        "Adyen",
        null,
        8
      ],
      [
        3,
        "-",
        "Payments",
        null,
        "CNBC",
        null,
        9
      ],
      [
        4,
        "-",
        "Banking",
        null,
        "Financial Times",
        null,
        13
      ],
      [
        5,
        "-",
        "Banking",
        null,
        "Nu Holdings",
        null,
        14
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "zh-xiaofei-2024-11-12.txt": {
    "title": "电商早报",
    "headlines": [
      "双11全网销售额达1.44万亿元",
      "京东超1.7万个品牌成交额同比增长超100%",
      "快递业务量创新高"
    ],
    "date": "2024-11-12",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "数据",
        4,
        [
          1,
          2
        ]
      ],
      [
        "平台",
        12,
        [
          3
        ]
      ]
    ],
    "items": [
      [
        1,
        "1.",
        "数据",
        "星图数据：双11全网销售额达14418亿元，同比增长26.6%",
        "星图数据",
        null,
        5
      ],
      [
        2,
        "2.",
        "数据",
        "国家邮政局：双11当天快递业务量达7.77亿件",
        "国家邮政局",
        null,
        8
      ],
      [
        3,
        "3.",
        "平台",
        "京东：超1.7万个品牌成交额同比增长超100%",
        "京东黑板报",
        "2024-11-11",
        13
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "en-colon-leads-2024-02-27.txt": {
    "title": "THE MIDDAY WIRE",
    "headlines": [],
    "date": "2024-02-27",
    "intro": null,
    "footer": null,
    "sections": [],
    "items": [
      [
        1,
        null,
        null,
        "Price war",
        null,
        null,
        4
      ],
      [
        2,
        null,
        null,
        "Rate cut",
        null,
        null,
        5
      ],
      [
        3,
        null,
        null,
        "Layoffs",
        null,
        null,
        6
      ],
      [
        4,
        null,
        null,
        "Rivals",
        null,
        null,
        7
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "en-dash-sources-2024-09-03.txt": {
    "title": "SOUTHEAST ASIA COMMERCE DAILY",
    "headlines": [],
    "date": "2024-09-03",
    "intro": null,
    "footer": "Get this newsletter every morning: subscribe at the link below.",
    "sections": [
      [
        "Platforms",
        4,
        [
          1,
          2
        ]
      ],
      [
        "In brief",
        13,
        [
          3,
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        null,
        "Platforms",
        "Lazada trims seller fees",
        "The Edge Malaysia",
        null,
        6
      ],
      [
        2,
        null,
        "Platforms",
        "Tokopedia adds 2,000 staff to logistics",
        "Tech in Asia",
        null,
        10
      ],
      [
        3,
        "▪",
        "In brief",
        null,
        "Reuters",
        null,
        17
      ],
      [
        4,
        "▪",
        "In brief",
        null,
        "Bloomberg",
        null,
        18
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "en-lead-ins-2024-04-09.md": {
    "title": "Commerce Notes",
    "headlines": [],
    "date": "2024-04-09",
    "intro": "Hello from the desk. Three stories and one number this week.",
    "footer": "Forward this to a colleague. Unsubscribe any time.",
    "sections": [
      [
        "PAYMENTS",
        9,
        [
          1,
          2
        ]
      ],
      [
        "RETAIL",
        15,
        [
          3,
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "-",
        "PAYMENTS",
        "Checkout wars.",
        "Caixin",
        null,
        12
      ],
      [
        2,
        "-",
        "PAYMENTS",
        "Card fees",
        "FT",
        null,
        13
      ],
      [
        3,
        "-",
        "RETAIL",
        "Store closures.",
        "Reuters",
        null,
        18
      ],
      [
        4,
        "-",
        "RETAIL",
        "Second-hand boom.",
        "Retail Dive",
        null,
        19
      ]
    ],
    "unplaced": 0,
    "warnings": []
  },
  "en-quick-hits-2024-05-22.txt": {
    "title": "Market Open",
    "headlines": [
      "Chips rally, retailers wobble"
    ],
    "date": "2024-05-22",
    "intro": "Nvidia reports after the bell, and options imply a move of about 9% either way. Target shares slid 3% in premarket trading.\nRetail earnings have been mixed: same-store sales at Lowe's fell 4.1% in the latest quarter.\nIndex      Last       Change\nS&P 500    5,321.41   +0.25%\nNasdaq     16,832.62  +0.22%",
    "footer": "(Writing by Dana Whitfield; Editing by Sam Ortiz)",
    "sections": [
      [
        "What to watch later today",
        13,
        [
          1,
          2,
          3,
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "*",
        "What to watch later today",
        null,
        null,
        null,
        15
      ],
      [
        2,
        "*",
        "What to watch later today",
        null,
        null,
        null,
        16
      ],
      [
        3,
        "*",
        "What to watch later today",
        null,
        null,
        null,
        17
      ],
      [
        4,
        "*",
        "What to watch later today",
        null,
        null,
        null,
        18
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "en-sentence-leads-2024-06-18.txt": {
    "title": "RETAIL DESK",
    "headlines": [],
    "date": "2024-06-18",
    "intro": null,
    "footer": null,
    "sections": [],
    "items": [
      [
        1,
        null,
        null,
        "Rate cut.",
        null,
        null,
        4
      ],
      [
        2,
        null,
        null,
        "Big order.",
        null,
        null,
        5
      ],
      [
        3,
        null,
        null,
        "Slower growth.",
        null,
        null,
        6
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "md-linked-headings-2024-08-14.md": {
    "title": "Dev Commerce Digest",
    "headlines": [],
    "date": "2024-08-14",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "Big Tech",
        3,
        [
          1,
          2
        ]
      ],
      [
        "Tools",
        15,
        [
          3
        ]
      ]
    ],
    "items": [
      [
        1,
        null,
        "Big Tech",
        "Shopify revenue jumps 21% in the second quarter",
        null,
        null,
        5
      ],
      [
        2,
        null,
        "Big Tech",
        "Amazon opens a discount storefront",
        "The Information",
        null,
        9
      ],
      [
        3,
        "1.",
        "Tools",
        "Stripe cuts fees for small merchants",
        null,
        null,
        17
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "5:no-source",
      "17:no-source"
    ]
  },
  "zh-bracket-leads-2024-05-06.txt": {
    "title": "财经快讯",
    "headlines": [],
    "date": "2024-05-06",
    "intro": null,
    "footer": null,
    "sections": [],
    "items": [
      [
        1,
        null,
        null,
        "五一假期国内出游2.95亿人次",
        null,
        null,
        4
      ],
      [
        2,
        null,
        null,
        "京东：五一期间以旧换新订单量增长超50%",
        null,
        null,
        6
      ],
      [
        3,
        null,
        null,
        "美团：假期日均消费同比增长14%",
        null,
        null,
        8
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "zh-masthead-2024-03-04.txt": {
    "title": "电商晚报",
    "headlines": [
      "抖音电商1-2月GMV同比增长46%",
      "唯品会四季度营收338亿元",
      "国家统计局：1-2月社零总额同比增长5.5%"
    ],
    "date": "2024-03-04",
    "intro": "晚报每天为大家梳理当天的电商要闻。",
    "footer": "（完）",
    "sections": [
      [
        "平台",
        3,
        [
          1,
          2,
          3
        ]
      ],
      [
        "数据",
        10,
        [
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "1、",
        "平台",
        "抖音电商1-2月GMV同比增长46%",
        null,
        null,
        4
      ],
      [
        2,
        "2、",
        "平台",
        "2023年唯品会全年营收1128.6亿元",
        null,
        null,
        6
      ],
      [
        3,
        "3、",
        "平台",
        "5家头部MCN机构营收超10亿元",
        null,
        null,
        8
      ],
      [
        4,
        "4、",
        "数据",
        "国家统计局：1-2月社零总额同比增长5.5%",
        null,
        null,
        11
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "zh-traditional-2024-07-12.txt": {
    "title": "科技早知道",
    "headlines": [],
    "date": "2024-07-12",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "半導體",
        3,
        [
          1,
          2
        ]
      ],
      [
        "電商",
        8,
        [
          3
        ]
      ]
    ],
    "items": [
      [
        1,
        "（1）",
        "半導體",
        "台積電6月營收2078.7億新台幣",
        null,
        null,
        4
      ],
      [
        2,
        "（2）",
        "半導體",
        "聯發科上半年營收2532億新台幣",
        null,
        null,
        6
      ],
      [
        3,
        "（1）",
        "電商",
        "蝦皮台灣活躍賣家突破3萬家",
        null,
        null,
        9
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "null:no-source"
    ]
  },
  "en-results-moves-2024-08-01.txt": {
    "title": "Markets & Results Digest",
    "headlines": [],
    "date": "2024-08-01",
    "intro": "Good morning. Orbita Air's loss widened, Kestrel Pay cut its fees and Halden Retail runs more stores than ever.",
    "footer": null,
    "sections": [
      [
        "EARNINGS",
        5,
        [
          1,
          2,
          3
        ]
      ],
      [
        "MARKETS",
        15,
        [
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "1.",
        "EARNINGS",
        "Orbita Air posts a wider loss",
        "Reuters",
        null,
        6
      ],
      [
        2,
        "2.",
        "EARNINGS",
        "Kestrel Pay cuts merchant fees",
        "Bloomberg",
        null,
        9
      ],
      [
        3,
        "3.",
        "EARNINGS",
        "Halden Retail tops 2,000 stores",
        "Financial Times",
        null,
        12
      ],
      [
        4,
        "4.",
        "MARKETS",
        "Copper climbs",
        null,
        null,
        16
      ]
    ],
    "unplaced": 0,
    "warnings": [
      "16:no-source"
    ]
  },
  "zh-caibao-moves-2023-11-20.txt": {
    "title": "晨星财经早报",
    "headlines": [],
    "date": "2023-11-20",
    "intro": null,
    "footer": null,
    "sections": [
      [
        "公司",
        3,
        [
          1,
          2,
          3
        ]
      ],
      [
        "物流",
        13,
        [
          4
        ]
      ]
    ],
    "items": [
      [
        1,
        "1、",
        "公司",
        "云帆科技第三季度营收增长12%",
        "证券时报",
        null,
        4
      ],
      [
        2,
        "2、",
        "公司",
        "双11全网交易额9820亿元",
        "界面新闻",
        null,
        7
      ],
      [
        3,
        "3、",
        "公司",
        "青禾电商完成新一轮融资",
        "财联社",
        null,
        10
      ],
      [
        4,
        "4、",
        "物流",
        "远航物流下调干线运费",
        "36氪",
        null,
        14
      ]
    ],
    "unplaced": 0,
    "warnings": []
  }
};

describe('every fixture parses to its pinned structure', () => {
  const names = readdirSync('fixtures').filter((n) => /\.(txt|md)$/.test(n)).sort();
  it('covers every fixture in fixtures/', () => {
    expect(names).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const name of names) {
    it(name, () => {
      const file = `fixtures/${name}`;
      const b = parseBulletin(readFileSync(file, 'utf8'), { file });
      expect(structureOf(b)).toEqual(EXPECTED[name]);
    });
  }
});
