package pseudonym_test

import (
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/transcript"
)

// TestAgainstGoEthereum checks Digest and Address against go-ethereum's
// Keccak-256 and PubkeyToAddress, which the contract's keccak256 and
// ecrecover agree with.
func TestAgainstGoEthereum(t *testing.T) {
	ctx := transcript.Context{ChainID: 7, Contract: [20]byte{1}, ElectionID: [32]byte{2}}
	for i := range 50 {
		token, ballot := make([]byte, i), make([]byte, 3*i+1)
		rand.Read(token)
		rand.Read(ballot)
		want := crypto.Keccak256([]byte(pseudonym.Tag), ctx.Bytes(), crypto.Keccak256(token), crypto.Keccak256(ballot))
		if got := pseudonym.Digest(ctx, token, ballot); string(got[:]) != string(want) {
			t.Fatalf("Digest %x, go-ethereum %x", got, want)
		}
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		var xy [64]byte
		k.PublicKey.X.FillBytes(xy[:32])
		k.PublicKey.Y.FillBytes(xy[32:])
		if got, want := pseudonym.Address(xy), crypto.PubkeyToAddress(k.PublicKey); got != want {
			t.Fatalf("Address %x, go-ethereum %x", got, want)
		}
	}
}
