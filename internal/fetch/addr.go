package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// globalUnicast6 is where every global unicast IPv6 address lies; other
// IPv6 space (NAT64 64:ff9b::/96, IPv4-compatible ::/96, discard 100::/64,
// ULA, link-local, multicast) is never fetched.
var globalUnicast6 = netip.MustParsePrefix("2000::/3")

// nonPublic lists special-purpose ranges (RFC 6890 and its IANA registries)
// that are not on the public internet beyond what netip's predicates
// already cover (loopback, RFC 1918 / ULA private, link-local, multicast,
// unspecified).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.88.99.0/24"),  // 6to4 relay anycast
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, incl. broadcast
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("2001::/23"),       // IETF protocol assignments, incl. Teredo 2001::/32
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("2002::/16"),       // 6to4: tunnels to any IPv4 address
	netip.MustParsePrefix("3fff::/20"),       // documentation
	netip.MustParsePrefix("5f00::/16"),       // SRv6 segment identifiers
}

// IsPublic reports whether addr is a global unicast address, one that may
// be fetched without AllowPrivate. IPv4-mapped IPv6 addresses are judged by
// their IPv4 form, so ::ffff:127.0.0.1 is as refused as 127.0.0.1; every
// other way of embedding an IPv4 address in IPv6 (NAT64, 6to4, Teredo,
// IPv4-compatible) is refused outright.
func IsPublic(addr netip.Addr) bool {
	addr = addr.Unmap()
	if !addr.IsValid() || !addr.IsGlobalUnicast() || addr.IsPrivate() {
		return false
	}
	if addr.Is6() && !globalUnicast6.Contains(addr) {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// refusePrivate is a net.Dialer Control function: it sees the resolved
// address of every connection attempt.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !IsPublic(ip) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, host)
	}
	return nil
}
