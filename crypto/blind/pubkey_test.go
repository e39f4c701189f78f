package blind_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
)

// tlv is a DER element with a minimal length.
func tlv(tag byte, content ...[]byte) []byte {
	var c []byte
	for _, b := range content {
		c = append(c, b...)
	}
	n := len(c)
	switch {
	case n < 0x80:
		return append([]byte{tag, byte(n)}, c...)
	case n < 0x100:
		return append([]byte{tag, 0x81, byte(n)}, c...)
	default:
		return append([]byte{tag, 0x82, byte(n >> 8), byte(n)}, c...)
	}
}

var (
	rsaOID  = tlv(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01})
	asnNull = []byte{0x05, 0x00}
	e65537  = tlv(0x02, []byte{0x01, 0x00, 0x01})
)

// spki builds a SubjectPublicKeyInfo from its parts.
func spki(alg, n, e []byte) []byte {
	key := tlv(0x30, tlv(0x02, n), e)
	return tlv(0x30, tlv(0x30, alg), tlv(0x03, []byte{0}, key))
}

func TestParsePublicKeyRejects(t *testing.T) {
	a, _, _ := rsaKeys(t)
	der := testSigner(t).Public().Bytes()
	n := append([]byte{0}, a.N.Bytes()...) // DER INTEGER: leading zero, top bit set
	canonical := spki(append(rsaOID, asnNull...), n, e65537)
	if _, err := blind.ParsePublicKey(canonical); err != nil || string(canonical) != string(der) {
		t.Fatalf("test encoder disagrees with Bytes: %v", err)
	}
	ec, err := ecdsa.GenerateKey(elliptic.P256(), detRand(8))
	if err != nil {
		t.Fatal(err)
	}
	ecDER, err := x509.MarshalPKIXPublicKey(&ec.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	longAlg := append([]byte{0x30, 0x81, 0x0d}, append(rsaOID, asnNull...)...)
	longAlgDER := tlv(0x30, longAlg, der[19:])
	e3 := spki(append(rsaOID, asnNull...), n, tlv(0x02, []byte{3}))
	for name, c := range map[string]struct {
		der  []byte
		want error
	}{
		"empty":                  {nil, blind.ErrKey},
		"trailing zero":          {append(der[:len(der):len(der)], 0), blind.ErrKey},
		"truncated":              {der[:len(der)-1], blind.ErrKey},
		"long-form length":       {append([]byte{0x30, 0x83, 0x00, 0x01, 0xa2}, der[4:]...), blind.ErrKey},
		"long-form short length": {longAlgDER, blind.ErrKey},
		"padded modulus":         {spki(append(rsaOID, asnNull...), append([]byte{0}, n...), e65537), blind.ErrKey},
		"padded exponent":        {spki(append(rsaOID, asnNull...), n, tlv(0x02, []byte{0, 1, 0, 1})), blind.ErrKey},
		"no NULL parameters":     {spki(rsaOID, n, e65537), blind.ErrKey},
		"negative modulus":       {spki(append(rsaOID, asnNull...), n[1:], e65537), blind.ErrKey},
		"PKCS#1 only":            {tlv(0x30, tlv(0x02, n), e65537), blind.ErrKey},
		"exponent 3":             {e3, blind.ErrKey},
		"ECDSA P-256":            {ecDER, blind.ErrKey},
		"even modulus":           {spki(append(rsaOID, asnNull...), even(n), e65537), blind.ErrKey},
	} {
		if _, err := blind.ParsePublicKey(c.der); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

// even returns n with its low bit cleared.
func even(n []byte) []byte {
	c := append([]byte(nil), n...)
	c[len(c)-1] &^= 1
	return c
}
