package ecrecover_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/crypto/pseudonym/ecrecover"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
)

var ctx = transcript.Context{ChainID: 7, Contract: [20]byte{1}, ElectionID: [32]byte{2}}

func TestSignRecover(t *testing.T) {
	k, err := voter.NewKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	token, ballot := []byte("token bytes"), []byte("ballot bytes")
	sig, err := k.SignCast(ctx, token, ballot)
	if err != nil {
		t.Fatal(err)
	}
	if err := ecrecover.Verify(ctx, k.Address(), token, ballot, sig); err != nil {
		t.Fatalf("valid signature rejected: %v", err)
	}
	other := ctx
	other.ElectionID[0] = 3
	for name, err := range map[string]error{
		"ballot":    ecrecover.Verify(ctx, k.Address(), token, []byte("other"), sig),
		"token":     ecrecover.Verify(ctx, k.Address(), []byte("other"), ballot, sig),
		"context":   ecrecover.Verify(other, k.Address(), token, ballot, sig),
		"pseudonym": ecrecover.Verify(ctx, [20]byte{9}, token, ballot, sig),
		"short":     ecrecover.Verify(ctx, k.Address(), token, ballot, sig[:64]),
		"v=0":       ecrecover.Verify(ctx, k.Address(), token, ballot, append(bytes.Clone(sig[:64]), 0)),
	} {
		if !errors.Is(err, pseudonym.ErrSignature) {
			t.Errorf("%s: got %v, want ErrSignature", name, err)
		}
	}
	// The malleable twin (n - s, flipped v) is refused.
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	twin := append(append(bytes.Clone(sig[:32]), s.FillBytes(make([]byte, 32))...), 55-sig[64])
	if err := ecrecover.Verify(ctx, k.Address(), token, ballot, twin); !errors.Is(err, pseudonym.ErrSignature) {
		t.Errorf("high-s twin: got %v, want ErrSignature", err)
	}
}

func FuzzRecover(f *testing.F) {
	f.Add([]byte("t"), []byte("b"), make([]byte, 65))
	f.Fuzz(func(t *testing.T, token, ballot, sig []byte) {
		ecrecover.Recover(ctx, token, ballot, sig)
	})
}
