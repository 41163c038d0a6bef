/**
 * English labels of the ISCED-F 2013 fields of education and training, written for microcred.
 * Concept IRIs are `http://data.europa.eu/snb/isced-f/<code>` (checked against the EU's
 * isced-f.xsd by test/elm/vocabularies.test.ts). Only the named fields are listed by hand; the
 * "not further defined", "not elsewhere classified" and inter-disciplinary codes follow the
 * ISCED-F naming rules and are derived in {@link iscedFLabel}.
 */
const BROAD: Readonly<Record<string, string>> = {
  '00': 'Generic programmes and qualifications',
  '01': 'Education',
  '02': 'Arts and humanities',
  '03': 'Social sciences, journalism and information',
  '04': 'Business, administration and law',
  '05': 'Natural sciences, mathematics and statistics',
  '06': 'Information and Communication Technologies (ICTs)',
  '07': 'Engineering, manufacturing and construction',
  '08': 'Agriculture, forestry, fisheries and veterinary',
  '09': 'Health and welfare',
  '10': 'Services',
  '99': 'Field unknown',
};

/** How the inter-disciplinary field of each broad field reads ("… involving <this>"). */
const INVOLVING: Readonly<Record<string, string>> = {
  '01': 'education',
  '02': 'arts and humanities',
  '03': 'social sciences, journalism and information',
  '04': 'business, administration and law',
  '05': 'natural sciences, mathematics and statistics',
  '06': 'Information and Communication Technologies (ICTs)',
  '07': 'engineering, manufacturing and construction',
  '08': 'agriculture, forestry, fisheries and veterinary',
  '09': 'health and welfare',
  '10': 'services',
};

const NARROW: Readonly<Record<string, string>> = {
  '001': 'Basic programmes and qualifications',
  '002': 'Literacy and numeracy',
  '003': 'Personal skills and development',
  '011': 'Education',
  '021': 'Arts',
  '022': 'Humanities (except languages)',
  '023': 'Languages',
  '031': 'Social and behavioural sciences',
  '032': 'Journalism and information',
  '041': 'Business and administration',
  '042': 'Law',
  '051': 'Biological and related sciences',
  '052': 'Environment',
  '053': 'Physical sciences',
  '054': 'Mathematics and statistics',
  '061': 'Information and Communication Technologies (ICTs)',
  '071': 'Engineering and engineering trades',
  '072': 'Manufacturing and processing',
  '073': 'Architecture and construction',
  '081': 'Agriculture',
  '082': 'Forestry',
  '083': 'Fisheries',
  '084': 'Veterinary',
  '091': 'Health',
  '092': 'Welfare',
  '101': 'Personal services',
  '102': 'Hygiene and occupational health services',
  '103': 'Security services',
  '104': 'Transport services',
  '999': 'Field unknown',
};

const DETAILED: Readonly<Record<string, string>> = {
  '0111': 'Education science',
  '0112': 'Training for pre-school teachers',
  '0113': 'Teacher training without subject specialisation',
  '0114': 'Teacher training with subject specialisation',
  '0211': 'Audio-visual techniques and media production',
  '0212': 'Fashion, interior and industrial design',
  '0213': 'Fine arts',
  '0214': 'Handicrafts',
  '0215': 'Music and performing arts',
  '0221': 'Religion and theology',
  '0222': 'History and archaeology',
  '0223': 'Philosophy and ethics',
  '0231': 'Language acquisition',
  '0232': 'Literature and linguistics',
  '0311': 'Economics',
  '0312': 'Political sciences and civics',
  '0313': 'Psychology',
  '0314': 'Sociology and cultural studies',
  '0321': 'Journalism and reporting',
  '0322': 'Library, information and archival studies',
  '0411': 'Accounting and taxation',
  '0412': 'Finance, banking and insurance',
  '0413': 'Management and administration',
  '0414': 'Marketing and advertising',
  '0415': 'Secretarial and office work',
  '0416': 'Wholesale and retail sales',
  '0417': 'Work skills',
  '0511': 'Biology',
  '0512': 'Biochemistry',
  '0521': 'Environmental sciences',
  '0522': 'Natural environments and wildlife',
  '0531': 'Chemistry',
  '0532': 'Earth sciences',
  '0533': 'Physics',
  '0541': 'Mathematics',
  '0542': 'Statistics',
  '0611': 'Computer use',
  '0612': 'Database and network design and administration',
  '0613': 'Software and applications development and analysis',
  '0711': 'Chemical engineering and processes',
  '0712': 'Environmental protection technology',
  '0713': 'Electricity and energy',
  '0714': 'Electronics and automation',
  '0715': 'Mechanics and metal trades',
  '0716': 'Motor vehicles, ships and aircraft',
  '0721': 'Food processing',
  '0722': 'Materials (glass, paper, plastic and wood)',
  '0723': 'Textiles (clothes, footwear and leather)',
  '0724': 'Mining and extraction',
  '0731': 'Architecture and town planning',
  '0732': 'Building and civil engineering',
  '0811': 'Crop and livestock production',
  '0812': 'Horticulture',
  '0911': 'Dental studies',
  '0912': 'Medicine',
  '0913': 'Nursing and midwifery',
  '0914': 'Medical diagnostic and treatment technology',
  '0915': 'Therapy and rehabilitation',
  '0916': 'Pharmacy',
  '0917': 'Traditional and complementary medicine and therapy',
  '0921': 'Care of the elderly and of disabled adults',
  '0922': 'Child care and youth services',
  '0923': 'Social work and counselling',
  '1011': 'Domestic services',
  '1012': 'Hair and beauty services',
  '1013': 'Hotel, restaurants and catering',
  '1014': 'Sports',
  '1015': 'Travel, tourism and leisure',
  '1021': 'Community sanitation',
  '1022': 'Occupational health and safety',
  '1031': 'Military and defence',
  '1032': 'Protection of persons and property',
  '9999': 'Field unknown',
};

/**
 * The names {@link iscedFLabel} builds a label from: the named broad, narrow and detailed
 * fields, and how "not further defined", "not elsewhere classified" and "inter-disciplinary"
 * read in the language. English is the default; other languages bring their own tables.
 */
export interface IscedFNames {
  broad: Readonly<Record<string, string>>;
  narrow: Readonly<Record<string, string>>;
  detailed: Readonly<Record<string, string>>;
  notFurtherDefined: (field: string) => string;
  notElsewhereClassified: (field: string) => string;
  /** `broadCode` is set for an inter-disciplinary narrow field (xx8), else the narrow field's name is given. */
  interdisciplinary: (field: string, broadCode?: string) => string | undefined;
}

const ENGLISH: IscedFNames = {
  broad: BROAD,
  narrow: NARROW,
  detailed: DETAILED,
  notFurtherDefined: (field) => `${field} not further defined`,
  notElsewhereClassified: (field) => `${field} not elsewhere classified`,
  interdisciplinary: (field, broadCode) => {
    const involving = broadCode === undefined ? field.toLowerCase() : INVOLVING[broadCode];
    return involving === undefined ? undefined : `Inter-disciplinary programmes and qualifications involving ${involving}`;
  },
};

/** Label of an ISCED-F 2013 code (2, 3 or 4 digits) in English or with `names`, or undefined for an unknown code. */
export function iscedFLabel(code: string, names: IscedFNames = ENGLISH): string | undefined {
  if (!/^\d{2,4}$/.test(code)) return undefined;
  const broad = names.broad[code.slice(0, 2)];
  if (broad === undefined) return undefined;
  if (code.length === 2) return broad;
  const last = code[code.length - 1]!;
  if (code.length === 3) {
    if (names.narrow[code]) return names.narrow[code];
    if (last === '0') return names.notFurtherDefined(broad);
    if (last === '9') return names.notElsewhereClassified(broad);
    if (last === '8' && INVOLVING[code.slice(0, 2)]) return names.interdisciplinary(broad, code.slice(0, 2));
    return undefined;
  }
  if (names.detailed[code]) return names.detailed[code];
  const narrowCode = code.slice(0, 3);
  const narrow = iscedFLabel(narrowCode, names);
  if (narrow === undefined) return undefined;
  // A detailed code repeating a generated narrow code (0000, 0188, 0299, 9999) has its label.
  if (!names.narrow[narrowCode]) return narrow;
  if (last === '0') return names.notFurtherDefined(narrow);
  if (last === '9') return names.notElsewhereClassified(narrow);
  if (last === '8') return names.interdisciplinary(narrow);
  // A narrow field with one detailed field (0011, 0421, 0821, …) shares its label.
  return narrow;
}
