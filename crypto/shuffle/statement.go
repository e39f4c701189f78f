package shuffle

import (
	"crypto/sha512"
	"errors"
	"fmt"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// Version is the first byte of every encoding of this package.
const Version = 0x01

var (
	// ErrDecode is returned for a malformed list or proof encoding.
	ErrDecode = errors.New("shuffle: malformed encoding")
	// ErrInvalid is returned when a proof does not verify.
	ErrInvalid = errors.New("shuffle: invalid proof")
	// ErrStatement is returned for a statement of the wrong shape: lists
	// of different lengths or widths, a proof for another size, a
	// missing key.
	ErrStatement = errors.New("shuffle: bad statement")
)

// Statement is what one mixer proves: Output is a re-encryption of a
// permutation of Input under Key, made by the mixer at position Mixer of
// the chain of mixers of the election Context.
type Statement struct {
	Context transcript.Context
	Mixer   uint64
	Key     *elgamal.PublicKey
	Input   *List
	Output  *List
}

// Shape checks that the statement is complete and that Input and Output
// have the same length and width, and returns them.
func (st *Statement) Shape() (n, w int, err error) {
	if st.Key == nil || st.Input == nil || st.Output == nil {
		return 0, 0, fmt.Errorf("%w: missing key or list", ErrStatement)
	}
	n, w = st.Input.Len(), st.Input.Width()
	if st.Output.Len() != n || st.Output.Width() != w {
		return 0, 0, fmt.Errorf("%w: %d×%d input, %d×%d output", ErrStatement, n, w, st.Output.Len(), st.Output.Width())
	}
	return n, w, nil
}

// Generators returns h, h₁, …, h_N: h is Generators(…)[0] and hᵢ is
// [i]. Element j is the ristretto255 element derived from uniform bytes
// (RFC 9496, section 4.3.4) of SHA-512 of the transcript
// "evote/v1/shuffle/generators" with ctx, n = N and j. Nobody knows a
// discrete logarithm between any two of them or to G; in particular the
// prover never chooses them.
func Generators(ctx transcript.Context, n int) []*ristretto255.Element {
	gens := make([]*ristretto255.Element, n+1)
	parallel.Chunks(len(gens), 1024, func(lo, hi int) {
		for j := lo; j < hi; j++ {
			t := transcript.New("shuffle/generators")
			t.AppendContext(ctx)
			t.AppendUint64("n", uint64(n))
			t.AppendUint64("j", uint64(j))
			d := t.Sum()
			gens[j], _ = ristretto255.NewElement().SetUniformBytes(d[:])
		}
	})
	return gens
}

// Challenges returns the seed that binds the whole statement and the
// permutation commitment perm (c₁ … c_N), and the N challenges
// u₁ … u_N derived from it (the paper's GetChallenges). The seed is
// SHA-512 of the transcript "evote/v1/shuffle/challenges" with ctx,
// mixer, K, n, w, and the SHA-512 digests of the input list, the output
// list and c₁ ‖ … ‖ c_N; uᵢ is the challenge of the transcript
// "evote/v1/shuffle/u" with seed and i (from 1).
func (st *Statement) Challenges(perm []*ristretto255.Element) ([64]byte, []*ristretto255.Scalar) {
	t := transcript.New("shuffle/challenges")
	t.AppendContext(st.Context)
	t.AppendUint64("mixer", st.Mixer)
	t.Append("K", st.Key.Bytes())
	t.AppendUint64("n", uint64(st.Input.Len()))
	t.AppendUint64("w", uint64(st.Input.Width()))
	t.Append("in", st.Input.digest())
	t.Append("out", st.Output.digest())
	t.Append("perm", digestElements(perm))
	seed := t.Sum()
	u := make([]*ristretto255.Scalar, len(perm))
	parallel.Chunks(len(u), 1024, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			ti := transcript.New("shuffle/u")
			ti.Append("seed", seed[:])
			ti.AppendUint64("i", uint64(i+1))
			u[i] = ti.Challenge()
		}
	})
	return seed, u
}

// Challenge returns the proof's challenge c (the paper's GetChallenge):
// the challenge of the transcript "evote/v1/shuffle/challenge" with the
// seed of Challenges and, as "commit", the SHA-512 digest of
// ĉ₁ ‖ … ‖ ĉ_N ‖ t₁ ‖ t₂ ‖ t₃ ‖ t₄ ‖ t̂₁ ‖ … ‖ t̂_N as they are encoded
// in the proof.
func Challenge(seed [64]byte, p *Proof) *ristretto255.Scalar {
	t := transcript.New("shuffle/challenge")
	t.Append("seed", seed[:])
	t.Append("commit", digestElements(p.commitments()...))
	return t.Challenge()
}

// digestElements is SHA-512 of the concatenated encodings of the slices.
func digestElements(lists ...[]*ristretto255.Element) []byte {
	h := sha512.New()
	var buf [group.ElementSize]byte
	for _, es := range lists {
		for _, e := range es {
			h.Write(e.Encode(buf[:0]))
		}
	}
	return h.Sum(nil)
}
