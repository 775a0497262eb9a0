import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';

/** Addresses a fetch must not reach unless allowed: loopback, private, link-local and the like. */
const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, bits, 'ipv6');

/** True when `address` is loopback, private, link-local, multicast or unspecified (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true; // not an address at all: refuse rather than guess
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses private addresses. It checks the address the socket
 * will actually connect to, so a DNS answer that changes between check and connect cannot slip
 * through.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) {
        const e = new Error(`${hostname} resolves to ${bad.address}, a private or loopback address (use --allow-private to fetch it)`) as NodeJS.ErrnoException;
        e.code = 'EPRIVATE';
        return callback(e, '');
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * Per-host politeness: at most one request per host every `delayMs`, requests to one host run
 * one after another. Different hosts do not wait for each other.
 */
export class Politeness {
  private readonly next = new Map<string, Promise<void>>();

  constructor(private readonly delayMs: number) {}

  /** Wait for this host's turn; resolves when the request may start. */
  turn(host: string): Promise<void> {
    const prev = this.next.get(host) ?? Promise.resolve();
    const mine = prev.then(() => undefined);
    this.next.set(host, mine.then(() => new Promise<void>((r) => setTimeout(r, this.delayMs).unref())));
    return mine;
  }
}
