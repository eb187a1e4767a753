import type { CueRule } from '../rule.js';

/**
 * Cues for English names: which capitalised runs are places, people or events rather than the
 * company or body a figure belongs to. Places stay candidates of last resort (`U.S. retail sales
 * rose 0.4%` is about the U.S.); people and events are never a figure's entity.
 */
export const PLACES: CueRule[] = [
  {
    name: 'country',
    pattern:
      'U\\.S\\.?|US|USA|United States|America|UK|U\\.K\\.?|Britain|United Kingdom|EU|European Union|Europe|Euro(?:-| )(?:area|zone)|China|Mainland China|Hong Kong|HK|Taiwan|Japan|Korea|South Korea|India|Indonesia|Vietnam|Thailand|Malaysia|Singapore|Philippines|Australia|Canada|Mexico|Brazil|Germany|France|Italy|Spain|Sweden|Switzerland|Netherlands|Russia|Turkey|Saudi Arabia|UAE|Israel|Egypt|Nigeria|South Africa|Argentina|Chile|Poland|New Zealand|Ireland|Norway|Denmark|Finland|Belgium|Austria|Portugal|Greece|Pakistan|Bangladesh|Sri Lanka|Kenya|Colombia|Peru|Qatar|Kuwait|Iran|Iraq|Ukraine|Hungary|Czech Republic|Romania|Cambodia|Myanmar|Laos|Mongolia|Kazakhstan|Morocco|Macau|Macao|Asia|Southeast Asia|North America|Latin America|Middle East|Africa|Asia-Pacific|APAC|EMEA',
    examples: ['U.S.', 'Southeast Asia', 'Hong Kong'],
  },
  {
    name: 'city',
    pattern:
      'New York|London|Paris|Berlin|Tokyo|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Seoul|Mumbai|Bengaluru|Bangalore|Delhi|Jakarta|Manila|Bangkok|Kuala Lumpur|Stockholm|Zurich|Frankfurt|Amsterdam|Dubai|Sydney|Toronto|Los Angeles|San Francisco|Seattle|Washington|Brussels|Taipei|Osaka|Chicago|Boston|Houston|Miami|Austin|Atlanta|Dallas|Madrid|Milan|Rome|Munich|Hamburg|Vienna|Geneva|Copenhagen|Oslo|Helsinki|Dublin|Lisbon|Istanbul|Riyadh|Doha|Abu Dhabi|Cairo|Lagos|Nairobi|Johannesburg|São Paulo|Sao Paulo|Mexico City|Buenos Aires|Santiago|Lima|Bogota|Melbourne|Auckland|Vancouver|Montreal|Ho Chi Minh City|Hanoi|Chennai|Hyderabad|Pune|Kolkata|Karachi|Dhaka|Wuhan|Nanjing|Tianjin|Chongqing|Xian|Suzhou|Qingdao|Xiamen|Dongguan|Yiwu|Wall Street|Silicon Valley',
    examples: ['New York', 'Wall Street'],
  },
  {
    name: 'demonym',
    pattern:
      'American|British|Chinese|Japanese|Korean|Indian|Indonesian|Vietnamese|Thai|Malaysian|Singaporean|Filipino|Australian|Canadian|Mexican|Brazilian|German|French|Italian|Spanish|Swedish|Swiss|Dutch|Russian|Turkish|Saudi|Israeli|Egyptian|Nigerian|European|Asian|African|Latin American|Southeast Asian|[A-Z][\\w.&]*-(?:based|listed|headquartered|born|owned|made|tracked|backed|led|focused|linked|run|funded|controlled)',
    examples: ['Swedish', 'Singapore-based', 'U.S.-listed'],
  },
];

/** Words for a person's role, before or after a name (`CFO John David Rainey`, `Kelly Ortberg, chief executive`). */
export const PERSON_ROLES: CueRule[] = [
  {
    name: 'role',
    pattern:
      'CEO|CFO|COO|CTO|chief(?: executive| financial officer| operating officer)?|(?:co-)?founder|(?:co-)?founded by|chair(?:man|woman)?|president|analysts?|economists?|strategists?|executives?|spokes(?:person|man|woman)|ministers?|governor|director|boss|names|named|appointed|hired|star|singer|actor|actress|columnist|reporter|editor',
    examples: ['CFO', 'co-founded by', 'chief executive'],
  },
];

/** Days and seasons of trade that are capitalised but name no one (`Black Friday`, `Prime Day`). */
export const EVENTS: CueRule[] = [
  {
    name: 'event',
    pattern:
      "Black Friday|Cyber Monday|Cyber Week|Prime Day|Prime Big Deal Days|Big Deal Days|Singles'? Day|Double 11|Super Bowl|Christmas|Thanksgiving|Halloween|Easter|Lunar New Year|Chinese New Year|Spring Festival|Golden Week|Labor Day|Memorial Day|Boxing Day|Ramadan|Diwali|Mother's Day|Valentine's Day|Back to School",
    examples: ['Black Friday', 'Prime Day'],
  },
];

/** Capitalised words that open a sentence or a list line and name no one. */
export const NOT_NAMES: CueRule[] = [
  {
    name: 'word',
    pattern:
      'One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hi|Hello|Hey|Dear|Paid|Free|Meanwhile|Elsewhere|Plus|Also|Overall|Separately|No\\.?|Sales|Revenue|Profit|Shares|Stocks|Markets?|Prices|Earnings|Results|Guidance|Outlook|Livestream(?:ing)?|E-commerce|Ecommerce|Online|Retail|Subsidies|Consumers|Shoppers|Sellers|Merchants|Users|Customers|(?:Pre-)?Series [A-H]\\d?\\+?|Seed|Angel|IPO|Adjusted|Reported|Net|Gross|Operating|Quarterly|Annual|Full-year|Comparable|Same-store|Core|Organic|Issue|Edition|Vol\\.?|Volume|CET|CEST|GMT|BST|EST|EDT|PST|PDT|UTC|HKT|SGT|JST|KST',
    examples: ['Twelve', 'Hi', 'No.', 'Series C'],
  },
];

/** Stock indices and markets: a percentage they move by is the move of an index level. */
export const INDICES: CueRule[] = [
  {
    name: 'index',
    pattern: "S&P 500(?: futures)?|Nasdaq(?: Composite)?|Dow(?: Jones)?|Stoxx 600|STOXX 600|FTSE 100|Nikkei(?: 225)?|Hang Seng(?: Index)?|KOSPI|CSI 300|Russell 2000|(?:European|Asian|U\\.S\\.|Chinese|global) stocks",
    examples: ['Nasdaq', 'S&P 500 futures', 'European stocks'],
  },
];

/** Nouns that describe a company (`the Korean retailer`, `skincare label Medicube`, `Data provider Syntun`). */
export const DESCRIPTORS: CueRule[] = [
  {
    name: 'descriptor',
    pattern: 'company|group|firm|retailer|grocer|platform|app|maker|carmaker|chipmaker|automaker|brand|bank|lender|operator|startup|chain|marketplace|insurer|provider|label',
    examples: ['retailer', 'startup', 'provider'],
  },
];
