/**
 * Classifies IP addresses as public or not, so the resolver never fetches from loopback,
 * private, link-local, shared, multicast or reserved ranges (SSRF protection). IPv6 forms that
 * embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
 */
function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

/** True for IPv4 addresses that are not globally routable unicast. */
function isNonPublicIpv4([a = 0, b = 0, c = 0]: number[]): boolean {
  return (
    a === 0 || // "this" network
    a === 10 || // private
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    a === 127 || // loopback
    (a === 169 && b === 254) || // link-local (cloud metadata lives here)
    (a === 172 && b >= 16 && b <= 31) || // private
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, TEST-NET-1
    (a === 192 && b === 88 && c === 99) || // 6to4 relay anycast
    (a === 192 && b === 168) || // private
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) || // TEST-NET-2
    (a === 203 && b === 0 && c === 113) || // TEST-NET-3
    a >= 224 // multicast, reserved, broadcast
  );
}

/** Expands an IPv6 address to eight 16-bit groups; undefined when malformed. */
function parseIpv6(text: string): number[] | undefined {
  let address = text.toLowerCase();
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  // Rewrite a trailing dotted IPv4 part (::ffff:1.2.3.4) as two hex groups.
  const lastColon = address.lastIndexOf(':');
  const last = address.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIpv4(last);
    if (v4 === undefined) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    address = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = toGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  const total = head.length + rest.length;
  let groups = head;
  if (halves.length === 2) {
    if (total > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - total).fill(0), ...rest];
  }
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : undefined;
}

function embeddedIpv4(hi: number, lo: number): number[] {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
}

/** True for IPv6 addresses that are not globally routable unicast. */
function isNonPublicIpv6(g: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0xffff) return isNonPublicIpv4(embeddedIpv4(g6, g7)); // ::ffff:a.b.c.d mapped
  if (firstFiveZero && g5 === 0) {
    if (g6 === 0 && (g7 === 0 || g7 === 1)) return true; // :: unspecified, ::1 loopback
    return isNonPublicIpv4(embeddedIpv4(g6, g7)); // ::a.b.c.d compatible (deprecated)
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isNonPublicIpv4(embeddedIpv4(g6, g7)); // 64:ff9b::/96 NAT64
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return true; // 64:ff9b:1::/48 local-use NAT64 (RFC 8215)
  if (g0 === 0x2002) return isNonPublicIpv4(embeddedIpv4(g1, g2)); // 6to4
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated)
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x2001 && g1 === 0x0db8) || // documentation
    (g0 & 0xfff0) === 0x3ff0 || // documentation 3fff::/20 (RFC 9637)
    g0 === 0x5f00 || // SRv6 SIDs 5f00::/16 (RFC 9602)
    (g0 === 0x2001 && g1 === 0x0002 && g2 === 0) || // benchmarking 2001:2::/48
    (g0 === 0x2001 && (g1 & 0xfff0) === 0x0010) || // ORCHID 2001:10::/28 (deprecated)
    (g0 === 0x2001 && g1 === 0) || // Teredo (embeds an obfuscated IPv4)
    (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) || // discard-only 100::/64
    g0 === 0 // remaining ::/16 space is reserved
  );
}

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);

/** 4 or 6 for a dotted-quad IPv4 or an IPv6 address (as node:net `isIP`, without Node), else 0. */
function ipVersion(text: string): 0 | 4 | 6 {
  if (IPV4.test(text)) return 4;
  return text.includes(':') && /^[0-9a-f:.]+$/i.test(text) && parseIpv6(text) !== undefined ? 6 : 0;
}

/**
 * True when `address` (an IPv4 or IPv6 literal, brackets allowed) is loopback, private,
 * link-local or otherwise not a public unicast address. Unparseable input counts as non-public.
 */
export function isNonPublicAddress(address: string): boolean {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const version = ipVersion(text.split('%')[0] ?? '');
  if (version === 4) {
    const v4 = parseIpv4(text);
    return v4 === undefined || isNonPublicIpv4(v4);
  }
  if (version === 6) {
    const v6 = parseIpv6(text);
    return v6 === undefined || isNonPublicIpv6(v6);
  }
  return true;
}

/** True when `hostname` is an IP literal (IPv6 possibly in brackets) rather than a DNS name. */
export function isIpLiteral(hostname: string): boolean {
  const text = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipVersion(text.split('%')[0] ?? '') !== 0;
}
