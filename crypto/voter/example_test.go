package voter_test

import (
	"crypto/rand"
	"fmt"

	"github.com/evote-org/evote/crypto/pseudonym/ecrecover"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
)

// A booth makes a one-time key, has its address blindly signed by the
// registrar (the token), and signs the cast; anyone checks the cast as
// the contract does.
func ExampleKey_SignCast() {
	ctx := transcript.Context{ChainID: 1, Contract: [20]byte{0xc0}, ElectionID: [32]byte{0xe1}}
	key, err := voter.NewKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	token, ballot := []byte("registrar's token"), []byte("encrypted ballot")
	sig, err := key.SignCast(ctx, token, ballot)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(sig), ecrecover.Verify(ctx, key.Address(), token, ballot, sig))
	// Output: 65 <nil>
}
