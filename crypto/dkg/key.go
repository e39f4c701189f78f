package dkg

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/gtank/ristretto255"
)

// KeySize is the length of an encoded TrusteeKey.
const KeySize = 3 + group.ElementSize + proof.SchnorrSize

// TrusteeKey is trustee i's transport key X = x·G, to which the other
// trustees encrypt its shares, with a Schnorr proof of possession of x
// bound to the ceremony and to i (so that no one can register another
// trustee's key as their own and read its shares). Treat it as immutable.
type TrusteeKey struct {
	Trustee int
	X       *ristretto255.Element
	PoP     *proof.Schnorr
}

// Bytes encodes the key: 0x01 0x01 || trustee (1 byte) || X || PoP (a, z).
func (k *TrusteeKey) Bytes() []byte {
	b := append(header(KindKey, KeySize), byte(k.Trustee))
	return append(k.X.Encode(b), k.PoP.Bytes()...)
}

// ParseTrusteeKey decodes a trustee key. It checks the encoding only;
// Ceremony.VerifyKey checks the index and the proof.
func ParseTrusteeKey(b []byte) (*TrusteeKey, error) {
	if err := checkHeader(b, KindKey, KeySize, "trustee key"); err != nil {
		return nil, err
	}
	if len(b) != KeySize {
		return nil, fmt.Errorf("%w: trustee key is %d bytes, want %d", ErrDecode, len(b), KeySize)
	}
	if b[2] == 0 || b[2] > MaxTrustees {
		return nil, fmt.Errorf("%w: trustee index %d", ErrDecode, b[2])
	}
	x, err := group.DecodeElement(b[3:35])
	if err != nil {
		return nil, fmt.Errorf("%w: trustee key X: %w", ErrDecode, err)
	}
	pop, err := proof.ParseSchnorr(b[35:])
	if err != nil {
		return nil, errors.Join(ErrDecode, err)
	}
	return &TrusteeKey{Trustee: int(b[2]), X: x, PoP: pop}, nil
}

// addKey adds k's proof to bv after checking its index.
func (c Ceremony) addKey(k *TrusteeKey, bv *batch.Verifier) error {
	if !c.Params.valid(k.Trustee) {
		return fmt.Errorf("%w: trustee index %d, want 1 to %d", ErrMismatch, k.Trustee, c.Params.N)
	}
	k.PoP.Verify(c.KeyTranscript(k.Trustee), k.X, bv)
	return nil
}

// VerifyKey checks k's index and its proof of possession.
func (c Ceremony) VerifyKey(k *TrusteeKey) error {
	bv := batch.New(rand.Reader)
	if err := c.addKey(k, bv); err != nil {
		return blame(k.Trustee, err)
	}
	if bv.Check() != nil {
		return blame(k.Trustee, ErrInvalid)
	}
	return nil
}

// VerifyKeys checks a complete list of keys: valid parameters, keys[i−1]
// is trustee i's, and every proof verifies (in one batch; when the batch
// fails, key by key). The error joins one *TrusteeError per bad key.
func (c Ceremony) VerifyKeys(keys []*TrusteeKey) error {
	return c.VerifyKeyPosts(keys, nil)
}

// VerifyKeyPosts is VerifyKeys when some trustees posted something that
// is not a key (it does not decode): unusable blames them, and a trustee
// with no key and a blame there is blamed for that, not as missing.
func (c Ceremony) VerifyKeyPosts(keys []*TrusteeKey, unusable []*TrusteeError) error {
	if err := c.Params.Validate(); err != nil {
		return err
	}
	if len(keys) != c.Params.N {
		return fmt.Errorf("%w: %d trustee keys, want %d", ErrMismatch, len(keys), c.Params.N)
	}
	var errs []error
	bv := batch.New(rand.Reader)
	for i, k := range keys {
		switch {
		case k == nil:
			errs = append(errs, blame(i+1, why(unusable, i+1)))
		case k.Trustee != i+1:
			errs = append(errs, blame(i+1, fmt.Errorf("%w: key of trustee %d in place %d", ErrMismatch, k.Trustee, i+1)))
		default:
			_ = c.addKey(k, bv)
		}
	}
	if bv.Check() == nil {
		return errors.Join(errs...)
	}
	for i, k := range keys {
		if k == nil || k.Trustee != i+1 {
			continue // blamed above
		}
		if err := c.VerifyKey(k); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
