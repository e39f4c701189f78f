package booth

import (
	"encoding/base32"

	"github.com/ethereum/go-ethereum/crypto"
)

// crockford is Crockford's base32 alphabet (no I, L, O, U).
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// Tracker is the tracker code of a ballot as the relay and the chain name
// it (docs/relay-api.md): the first 10 bytes of Keccak-256 of the ballot
// bytes in Crockford's base32, XXXX-XXXX-XXXX-XXXX. The booth computes it
// itself, so that a relay cannot show the voter a code of another ballot.
// (The relay's package cannot be compiled to WebAssembly; a test checks
// that both agree.)
func Tracker(ballot []byte) string {
	s := crockford.EncodeToString(crypto.Keccak256(ballot)[:10])
	return s[0:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:16]
}
