package blind_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/cloudflare/circl/blindsign/blindrsa"
	"github.com/evote-org/evote/crypto/blind"
)

func TestVerifyRejects(t *testing.T) {
	sa, sb := testKeys(t)
	a, _, _ := rsaKeys(t)
	ctx, pseudonym, msg := testMessage()
	token := issue(t, sa, msg, 7)

	otherPseudonym := pseudonym
	otherPseudonym[19] ^= 1
	otherChain, otherContract, otherElection := ctx, ctx, ctx
	otherChain.ChainID++
	otherContract.Contract[5] ^= 1
	otherElection.ElectionID[31] ^= 1
	tooBig := append(token[:32:32], a.N.FillBytes(make([]byte, 384))...)

	for name, c := range map[string]struct {
		pub   *blind.PublicKey
		msg   []byte
		token []byte
	}{
		"randomizer bit":    {sa.Public(), msg, flip(token, 3)},
		"signature bit":     {sa.Public(), msg, flip(token, 8*len(token)-1)},
		"truncated":         {sa.Public(), msg, token[:len(token)-1]},
		"extended":          {sa.Public(), msg, append(bytes.Clone(token), 0)},
		"no randomizer":     {sa.Public(), msg, token[32:]},
		"empty":             {sa.Public(), msg, nil},
		"signature = n":     {sa.Public(), msg, tooBig},
		"other pseudonym":   {sa.Public(), blind.Message(ctx, otherPseudonym), token},
		"other chain":       {sa.Public(), blind.Message(otherChain, pseudonym), token},
		"other contract":    {sa.Public(), blind.Message(otherContract, pseudonym), token},
		"other election":    {sa.Public(), blind.Message(otherElection, pseudonym), token},
		"wrong key":         {sb.Public(), msg, token},
		"other key's token": {sa.Public(), msg, issue(t, sb, msg, 7)},
	} {
		if err := blind.Verify(c.pub, c.msg, c.token); !errors.Is(err, blind.ErrToken) {
			t.Errorf("%s: %v, want ErrToken", name, err)
		}
	}
}

// TestVerifyRejectsUnreduced: a signature s+n that still fits in the
// modulus size passes circl's verifier; Verify refuses it, so a token has
// one encoding.
func TestVerifyRejectsUnreduced(t *testing.T) {
	s := testSigner(t)
	a, _, _ := rsaKeys(t)
	_, _, msg := testMessage()
	for seed := range byte(64) {
		token := issue(t, s, msg, 100+seed)
		sig := new(big.Int).Add(new(big.Int).SetBytes(token[32:]), a.N)
		if sig.BitLen() > 8*384 {
			continue
		}
		forged := append(token[:32:32], sig.FillBytes(make([]byte, 384))...)
		v, err := blindrsa.NewVerifier(blindrsa.SHA384PSSRandomized, &a.PublicKey)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Verify(append(token[:32:32], msg...), forged[32:]); err != nil {
			t.Logf("circl refuses s+n too: %v", err)
		}
		if err := blind.Verify(s.Public(), msg, forged); !errors.Is(err, blind.ErrToken) {
			t.Fatalf("Verify(s+n): %v, want ErrToken", err)
		}
		return
	}
	t.Skip("no signature with s+n < 2^3072 in 64 tries")
}
