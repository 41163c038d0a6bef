/**
 * ISO 3166-1 alpha-2 → EU Publications Office country authority (NAL) code, for the `spatial`
 * concept of an eIDAS legal identifier. NAL codes are ISO alpha-3 except Kosovo (`1A0`) and the
 * French Southern Territories (`FQ0`); a conformance test checks every code against the NAL.
 */
// Five characters per country: alpha-2 then NAL code.
const TABLE =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE ' +
  'BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS ' +
  'BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN ' +
  'COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST ' +
  'EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF ' +
  'GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD ' +
  'HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM ' +
  'JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA ' +
  'LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD ' +
  'MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM ' +
  'NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG ' +
  'PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA ' +
  'SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD ' +
  'STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFFQ0 TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON ' +
  'TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR ' +
  'VNVNM VUVUT WFWLF WSWSM XK1A0 YEYEM YTMYT ZAZAF ZMZMB ZWZWE';

const NAL_BY_ALPHA2: ReadonlyMap<string, string> = new Map(TABLE.split(' ').map((entry) => [entry.slice(0, 2), entry.slice(2)]));

/** The NAL country authority scheme. */
export const NAL_COUNTRY_SCHEME = 'http://publications.europa.eu/resource/authority/country';

/** `GE` → `http://publications.europa.eu/resource/authority/country/GEO`; undefined for unknown codes. */
export function nalCountryUri(alpha2: string): string | undefined {
  const code = NAL_BY_ALPHA2.get(alpha2.toUpperCase());
  return code === undefined ? undefined : `${NAL_COUNTRY_SCHEME}/${code}`;
}

/** Every alpha-2 code with a NAL mapping. */
export const NAL_COUNTRY_CODES: readonly string[] = [...NAL_BY_ALPHA2.keys()];

/** English country name (CLDR, via Intl), falling back to the code. */
export function countryName(alpha2: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2.toUpperCase()) ?? alpha2;
  } catch {
    return alpha2;
  }
}
