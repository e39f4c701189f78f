package blind

import (
	"bytes"
	"crypto/rsa"
	"fmt"
	"math/big"

	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"
)

// The one public key form of the protocol (docs/protocol.md, section 9),
// read and written here with cryptobyte rather than crypto/x509, which
// would add about 0.55 MB (gzipped) to the booth's WebAssembly:
//
//	SubjectPublicKeyInfo ::= SEQUENCE {
//	    algorithm  SEQUENCE { OID 1.2.840.113549.1.1.1, NULL },
//	    subjectPublicKey  BIT STRING (0 unused bits) containing
//	        RSAPublicKey ::= SEQUENCE { n INTEGER, e INTEGER } }
//
// Only DER is read: minimal lengths, minimal INTEGERs, no trailing bytes.
// Within that form it accepts exactly what x509.ParsePKIXPublicKey
// accepts and checkPublic allows (FuzzParseSPKI compares the two).

// rsaAlgorithm is the DER of the AlgorithmIdentifier: rsaEncryption, NULL.
var rsaAlgorithm = []byte{0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00}

// marshalSPKI is the canonical DER of pk.
func marshalSPKI(pk *rsa.PublicKey) []byte {
	var b cryptobyte.Builder
	b.AddASN1(asn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddBytes(rsaAlgorithm)
		b.AddASN1(asn1.BIT_STRING, func(b *cryptobyte.Builder) {
			b.AddUint8(0)
			b.AddASN1(asn1.SEQUENCE, func(b *cryptobyte.Builder) {
				b.AddASN1BigInt(pk.N)
				b.AddASN1Int64(int64(pk.E))
			})
		})
	})
	return b.BytesOrPanic()
}

// parseSPKI reads an RSA SubjectPublicKeyInfo; the key's size and
// exponent are checkPublic's to judge.
func parseSPKI(der []byte) (*rsa.PublicKey, error) {
	in := cryptobyte.String(der)
	var spki, alg, bits, key cryptobyte.String
	if !in.ReadASN1(&spki, asn1.SEQUENCE) || !in.Empty() {
		return nil, malformed("not one DER SEQUENCE")
	}
	if !spki.ReadASN1Element(&alg, asn1.SEQUENCE) {
		return nil, malformed("no algorithm")
	}
	if !bytes.Equal(alg, rsaAlgorithm) {
		return nil, malformed("algorithm is not rsaEncryption with NULL parameters")
	}
	var unused uint8
	if !spki.ReadASN1(&bits, asn1.BIT_STRING) || !spki.Empty() || !bits.ReadUint8(&unused) || unused != 0 {
		return nil, malformed("no public key BIT STRING")
	}
	if !bits.ReadASN1(&key, asn1.SEQUENCE) || !bits.Empty() {
		return nil, malformed("no RSAPublicKey")
	}
	n := new(big.Int)
	if !key.ReadASN1Integer(n) {
		return nil, malformed("no modulus")
	}
	if n.Sign() <= 0 {
		return nil, malformed("modulus is not positive")
	}
	var e int64
	if !key.ReadASN1Integer(&e) || !key.Empty() {
		return nil, malformed("no exponent, an exponent above 2^63, or trailing fields")
	}
	if e != Exponent {
		return nil, fmt.Errorf("%w: exponent %d, want %d", ErrKey, e, Exponent)
	}
	return &rsa.PublicKey{N: n, E: int(e)}, nil
}

// malformed is ErrKey for an encoding that is not the protocol's form.
func malformed(what string) error {
	return fmt.Errorf("%w: public key: %s", ErrKey, what)
}
