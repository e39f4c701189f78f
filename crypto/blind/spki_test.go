package blind_test

import (
	"bytes"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"math/big"
	"testing"

	"github.com/evote-org/evote/crypto/blind"
)

// x509Accepts is the reference for ParsePublicKey: crypto/x509 parses der
// as an RSA key that the protocol allows (size, exponent, odd modulus),
// and der is that key's canonical encoding.
func x509Accepts(der []byte) bool {
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return false
	}
	pk, ok := k.(*rsa.PublicKey)
	if !ok || pk.E != blind.Exponent || pk.N.Bit(0) == 0 {
		return false
	}
	if bits := pk.N.BitLen(); bits < blind.MinBits || bits > blind.MaxBits {
		return false
	}
	again, err := x509.MarshalPKIXPublicKey(pk)
	return err == nil && bytes.Equal(again, der)
}

// agree fails t unless ParsePublicKey and x509Accepts agree on der, and an
// accepted key encodes back to der.
func agree(t *testing.T, name string, der []byte) {
	t.Helper()
	pub, err := blind.ParsePublicKey(der)
	if ref := x509Accepts(der); (err == nil) != ref {
		t.Fatalf("%s: ParsePublicKey error %v, crypto/x509 accepts: %v", name, err, ref)
	}
	if err == nil && !bytes.Equal(pub.Bytes(), der) {
		t.Fatalf("%s: accepted %x, re-encoded as %x", name, der, pub.Bytes())
	}
	if err != nil && !errors.Is(err, blind.ErrKey) && !errors.Is(err, blind.ErrKeySize) {
		t.Fatalf("%s: error %v is neither ErrKey nor ErrKeySize", name, err)
	}
}

// TestParsePublicKeyAgreesWithX509 encodes many keys with crypto/x509 and
// checks that ParsePublicKey decides as x509 does and finds the same key:
// the committed and RFC 9500 keys, and moduli that need not be RSA
// moduli (x509 does not check) of sizes around the bounds and across
// them, odd and even, with several exponents.
func TestParsePublicKeyAgreesWithX509(t *testing.T) {
	a, b, k2048 := rsaKeys(t)
	keys := []*rsa.PublicKey{&a.PublicKey, &b.PublicKey, &k2048.PublicKey}
	r := detRand(42)
	for _, bits := range []int{1024, 2048, 3071, 3072, 3073, 3080, 4095, 4096, 4097, 6000, 8191, 8192, 8193, 9000} {
		for _, e := range []int{3, 65537, 65539, 1<<31 - 1} {
			for _, odd := range []bool{true, false} {
				buf := make([]byte, (bits+7)/8)
				r.Read(buf)
				n := new(big.Int).SetBytes(buf)
				n.SetBit(n, bits-1, 1)
				for i := bits; i < len(buf)*8; i++ {
					n.SetBit(n, i, 0)
				}
				n.SetBit(n, 0, map[bool]uint{true: 1, false: 0}[odd])
				keys = append(keys, &rsa.PublicKey{N: n, E: e})
			}
		}
	}
	for i, pk := range keys {
		der, err := x509.MarshalPKIXPublicKey(pk)
		if err != nil {
			t.Fatal(err)
		}
		agree(t, "key "+big.NewInt(int64(i)).String(), der)
		pub, err := blind.ParsePublicKey(der)
		if err != nil {
			continue
		}
		mine, err := blind.NewPublicKey(pk)
		if err != nil || !pub.Equal(mine) || pub.Size() != (pk.N.BitLen()+7)/8 {
			t.Fatalf("key %d: parsed key differs from NewPublicKey's: %v", i, err)
		}
	}
}

// TestParsePublicKeyHostile checks encodings near the canonical one that
// the protocol refuses, and that x509 refuses them too or accepts them
// only outside the protocol's form.
func TestParsePublicKeyHostile(t *testing.T) {
	a, _, _ := rsaKeys(t)
	n := append([]byte{0}, a.N.Bytes()...)
	alg := append(rsaOID, asnNull...)
	pssOID := tlv(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a})
	good := spki(alg, n, e65537)
	key := tlv(0x30, tlv(0x02, n), e65537)
	bitString := func(unused byte) []byte { return tlv(0x03, []byte{unused}, key) }
	for name, der := range map[string][]byte{
		"canonical (control)":    good,
		"RSASSA-PSS OID":         spki(pssOID, n, e65537),
		"PSS OID, NULL":          spki(append(pssOID, asnNull...), n, e65537),
		"parameters not NULL":    spki(append(rsaOID, 0x04, 0x00), n, e65537),
		"parameters NULL twice":  spki(append(alg, asnNull...), n, e65537),
		"huge exponent":          spki(alg, n, tlv(0x02, []byte{1, 0, 0, 0, 0, 0, 0, 0, 1})),
		"exponent 2^63":          spki(alg, n, tlv(0x02, []byte{0, 0x80, 0, 0, 0, 0, 0, 0, 0})),
		"negative exponent":      spki(alg, n, tlv(0x02, []byte{0xfe, 0xff, 0xff})),
		"zero exponent":          spki(alg, n, tlv(0x02, []byte{0})),
		"zero modulus":           spki(alg, []byte{0}, e65537),
		"empty modulus":          spki(alg, nil, e65537),
		"third field":            spki(alg, n, append(e65537, e65537...)),
		"no exponent":            tlv(0x30, tlv(0x30, alg), tlv(0x03, []byte{0}, tlv(0x30, tlv(0x02, n)))),
		"unused bits":            tlv(0x30, tlv(0x30, alg), bitString(1)),
		"empty BIT STRING":       tlv(0x30, tlv(0x30, alg), tlv(0x03)),
		"OCTET STRING key":       tlv(0x30, tlv(0x30, alg), tlv(0x04, key)),
		"SET outside":            tlv(0x31, tlv(0x30, alg), bitString(0)),
		"trailing in BIT STRING": tlv(0x30, tlv(0x30, alg), tlv(0x03, []byte{0}, key, []byte{0})),
		"trailing field":         tlv(0x30, tlv(0x30, alg), bitString(0), asnNull),
		"indefinite length":      append(append([]byte{0x30, 0x80}, good[4:]...), 0, 0),
		"length too long":        append([]byte{0x30, 0x82, 0x01, 0xa3}, good[4:]...),
	} {
		agree(t, name, der)
		if _, err := blind.ParsePublicKey(der); (err == nil) != (name == "canonical (control)") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}
