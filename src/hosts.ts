// Which hosts the action's own HTTP client may reach. The configured services (the *-url inputs) are
// the user's word and always reachable. Any other address (a redirect's target, an image URL a source
// handed back) must be https and must not be a private, loopback or link-local address. A configured
// service on plain http or a private address (the loopback stand-ins, a local mirror) opens that scheme
// and that one host name, on any port, and nothing more: never another private address, and never a
// link-local one (169.254.0.0/16, fe80::/10: cloud metadata services live there).
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/** Addresses no stranger's URL may point the action at. */
const PRIVATE = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3]
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8]
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6')

const LINK_LOCAL = new BlockList()
LINK_LOCAL.addSubnet('169.254.0.0', 16, 'ipv4')
LINK_LOCAL.addSubnet('fe80::', 10, 'ipv6')

/** Whether an IP address (brackets and the ::ffff: prefix of a mapped IPv4 allowed) is in a list; undefined for a name. */
function listed(list: BlockList, address: string): boolean | undefined {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1]
  if (mapped) return list.check(mapped, 'ipv4')
  const family = isIP(bare)
  return family === 4 ? list.check(bare, 'ipv4') : family === 6 ? list.check(bare, 'ipv6') : undefined
}

export const isLinkLocal = (address: string): boolean => listed(LINK_LOCAL, address) ?? false

export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  return listed(PRIVATE, bare) ?? (bare === 'localhost' || bare.endsWith('.localhost'))
}

export type Lookup = (hostname: string) => Promise<string[]>
const lookupAll: Lookup = async (hostname) => (await lookup(hostname, { all: true })).map((a) => a.address)

export interface HostPolicy {
  /** Why the action may not request this URL, or undefined when it may. */
  refusal(url: URL): Promise<string | undefined>
}

export function hostPolicy(configuredUrls: string[], resolve: Lookup = lookupAll): HostPolicy {
  const bases = configuredUrls.map((u) => new URL(u))
  const trusted = new Set(bases.map((b) => b.host))
  const schemes = new Set(['https:', ...bases.map((b) => b.protocol)])
  // The private host names a configured service is on: reachable on any port (the stand-ins' images).
  const privateNames = new Set(bases.filter((b) => isPrivateAddress(b.hostname) && !isLinkLocal(b.hostname)).map((b) => b.hostname))
  return {
    async refusal(url) {
      if (trusted.has(url.host)) return undefined
      if (!schemes.has(url.protocol)) return `${url.protocol.slice(0, -1)} is not allowed (only https)`
      if (isLinkLocal(url.hostname)) return `${url.hostname} is a link-local address`
      if (privateNames.has(url.hostname)) return undefined
      if (isPrivateAddress(url.hostname)) return `${url.hostname} is a private, loopback or link-local address`
      if (isIP(url.hostname.replace(/^\[|\]$/g, ''))) return undefined
      let addresses: string[]
      try {
        addresses = await resolve(url.hostname)
      } catch {
        return undefined // the request itself will say the host was not found
      }
      const inside = addresses.find(isPrivateAddress)
      return inside ? `${url.hostname} resolves to ${inside}, a private, loopback or link-local address` : undefined
    }
  }
}
