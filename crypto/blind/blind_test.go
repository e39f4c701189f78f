package blind_test

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
)

func TestRoundTrip(t *testing.T) {
	s := testSigner(t)
	_, _, msg := testMessage()
	token := issue(t, s, msg, 1)
	if len(token) != s.Public().TokenSize() || len(token) != 32+384 {
		t.Fatalf("token is %d bytes, want %d", len(token), 32+384)
	}
	if err := blind.Verify(s.Public(), msg, token); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(token, issue(t, s, msg, 2)) {
		t.Fatal("two issuances gave the same token")
	}
}

// TestMessageGolden freezes the token message layout.
func TestMessageGolden(t *testing.T) {
	ctx := transcript.Context{ChainID: 0x0102030405060708}
	copy(ctx.Contract[:], bytes.Repeat([]byte{0x11}, 20))
	copy(ctx.ElectionID[:], bytes.Repeat([]byte{0x22}, 32))
	var pseudonym [20]byte
	copy(pseudonym[:], bytes.Repeat([]byte{0x33}, 20))
	want := "000e" + hex.EncodeToString([]byte("evote/v1/token")) +
		"0102030405060708" + strings.Repeat("11", 20) +
		strings.Repeat("22", 32) + strings.Repeat("33", 20)
	got := blind.Message(ctx, pseudonym)
	if hex.EncodeToString(got) != want || len(got) != blind.MessageSize || blind.MessageSize != 96 {
		t.Fatalf("Message = %x\nwant      %s", got, want)
	}
}

// TestPublicKeyEncoding freezes the published key layout for 3072 bits.
func TestPublicKeyEncoding(t *testing.T) {
	pub := testSigner(t).Public()
	der := pub.Bytes()
	head := "308201a2300d06092a864886f70d01010105000382018f003082018a0282018100"
	if len(der) != 422 || hex.EncodeToString(der[:len(head)/2]) != head ||
		hex.EncodeToString(der[len(der)-5:]) != "0203010001" {
		t.Fatalf("public key encoding %x", der)
	}
	got, err := blind.ParsePublicKey(der)
	if err != nil || !got.Equal(pub) || !bytes.Equal(got.Bytes(), der) {
		t.Fatalf("ParsePublicKey round trip: %v", err)
	}
}

// TestBlindSignDeterministic: a retried blinded message gets the same
// signature (the registrar's crash-safe retry relies on it).
func TestBlindSignDeterministic(t *testing.T) {
	s := testSigner(t)
	_, _, msg := testMessage()
	blinded, _, err := blind.Blind(s.Public(), msg, detRand(3))
	if err != nil {
		t.Fatal(err)
	}
	a, err1 := s.BlindSign(blinded)
	b, err2 := s.BlindSign(blinded)
	if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
		t.Fatalf("BlindSign not deterministic: %v %v", err1, err2)
	}
}

func TestBlindSignConcurrent(t *testing.T) {
	s := testSigner(t)
	_, _, msg := testMessage()
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			token := issue(t, s, msg, byte(10+i))
			if err := blind.Verify(s.Public(), msg, token); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestGenerateKey(t *testing.T) {
	if testing.Short() {
		t.Skip("key generation is slow")
	}
	s, err := signer.Generate(rand.Reader, blind.MinBits)
	if err != nil {
		t.Fatal(err)
	}
	if n := s.Public().Size(); n != blind.MinBits/8 {
		t.Fatalf("modulus is %d bytes", n)
	}
	_, _, msg := testMessage()
	if err := blind.Verify(s.Public(), msg, issue(t, s, msg, 5)); err != nil {
		t.Fatal(err)
	}
}
