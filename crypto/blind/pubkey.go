package blind

import (
	"bytes"
	"crypto/rsa"
	"fmt"
	"math/big"
)

// PublicKey is a registrar's public key, checked: modulus odd and of
// MinBits to MaxBits bits, exponent 65537. The zero value is not a key;
// every function taking one refuses it with ErrKey.
type PublicKey struct {
	pk  *rsa.PublicKey
	der []byte
}

// NewPublicKey checks pk and returns it as a PublicKey. pk is copied.
func NewPublicKey(pk *rsa.PublicKey) (*PublicKey, error) {
	if pk == nil || pk.N == nil {
		return nil, ErrKey
	}
	c := &rsa.PublicKey{N: new(big.Int).Set(pk.N), E: pk.E}
	if err := checkPublic(c); err != nil {
		return nil, err
	}
	return &PublicKey{pk: c, der: marshalSPKI(c)}, nil
}

// ParsePublicKey decodes a published key: the DER of a PKIX
// SubjectPublicKeyInfo with algorithm rsaEncryption (NULL parameters)
// holding RSAPublicKey{n, e}. It must be exactly the encoding Bytes
// produces: no trailing bytes, no other encoding of the same key. Errors
// wrap ErrKey, ErrKeySize or ErrNonCanonical.
func ParsePublicKey(der []byte) (*PublicKey, error) {
	pk, err := parseSPKI(der)
	if err != nil {
		return nil, err
	}
	pub, err := NewPublicKey(pk)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(pub.der, der) {
		return nil, ErrNonCanonical
	}
	return pub, nil
}

// Bytes returns the canonical encoding (PKIX DER SubjectPublicKeyInfo).
// For a 3072-bit key it is 422 bytes:
//
//	30 82 01 a2 30 0d 06 09 2a 86 48 86 f7 0d 01 01 01 05 00
//	03 82 01 8f 00 30 82 01 8a 02 82 01 81 00 <n: 384 bytes>
//	02 03 01 00 01
func (k *PublicKey) Bytes() []byte {
	return bytes.Clone(k.der)
}

// Equal reports whether k and o are the same key.
func (k *PublicKey) Equal(o *PublicKey) bool {
	return k != nil && o != nil && bytes.Equal(k.der, o.der)
}

// Size is the modulus size in bytes: the length of a blinded message and
// of a (blind) signature.
func (k *PublicKey) Size() int {
	if k == nil || k.pk == nil {
		return 0
	}
	return (k.pk.N.BitLen() + 7) / 8
}

// TokenSize is the length of a token under k: RandomizerSize + Size.
func (k *PublicKey) TokenSize() int {
	return RandomizerSize + k.Size()
}

// rsa returns the checked key, or ErrKey for a nil or zero PublicKey.
func (k *PublicKey) rsa() (*rsa.PublicKey, error) {
	if k == nil || k.pk == nil {
		return nil, ErrKey
	}
	return k.pk, nil
}

// checkPublic enforces the key rules of the package doc.
func checkPublic(pk *rsa.PublicKey) error {
	if bits := pk.N.BitLen(); bits < MinBits || bits > MaxBits {
		return fmt.Errorf("%w: %d bits, want %d to %d", ErrKeySize, bits, MinBits, MaxBits)
	}
	if pk.E != Exponent {
		return fmt.Errorf("%w: exponent %d, want %d", ErrKey, pk.E, Exponent)
	}
	if pk.N.Bit(0) == 0 {
		return fmt.Errorf("%w: even modulus", ErrKey)
	}
	return nil
}
