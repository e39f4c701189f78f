// Package dkg is the public side of the threshold election key: the
// messages of a key ceremony among n trustees with threshold t, their
// canonical encodings, and every check an observer can run. No one, ever,
// holds the election secret: there is no trusted dealer. The secret side
// (key generation, dealing, share decryption, partial decryption) is
// package trustee; this package holds no secret and builds without it.
//
// The ceremony is joint Feldman, the distributed key generation of
// T. P. Pedersen, "A threshold cryptosystem without a trusted party",
// EUROCRYPT 1991, as analysed by R. Gennaro, S. Jarecki, H. Krawczyk,
// T. Rabin, "Secure distributed key generation for discrete-log based
// cryptosystems", J. Cryptology 20(1), 2007 (GJKR):
//
//  1. Trustee i posts a transport key X_i = x_i·G with a Schnorr proof of
//     possession bound to the election, the parameters and i (TrusteeKey).
//  2. Trustee i deals (Dealing): Feldman commitments C_{i,k} = a_{i,k}·G to
//     a random polynomial f_i of degree t−1; one ephemeral E_i = e_i·G; for
//     each trustee j the share f_i(j) + pad_{i,j} mod ℓ, where pad_{i,j} is a
//     hash (package transcript) of the context, i, j, X_j, E_i and
//     e_i·X_j; and Schnorr proofs of knowledge of a_{i,0} (against rogue
//     keys) and of e_i. Both proofs hash the whole dealing, so nobody but
//     the dealer can alter a byte of it.
//  3. Trustee j, if its share does not match the commitments, posts a
//     Complaint revealing S = x_j·E_i with a DLEQ proof (log_G X_j =
//     log_E S). Anyone can then decrypt the share and decide (Adjudicate):
//     no second round in which the dealer answers. The proof of knowledge
//     of e_i is what makes revealing S safe: without it a cheating dealer
//     could post E_i = E_h + k·G, copied from an honest dealer h, and turn
//     j's complaint into the key that decrypts h's share to j.
//  4. QUAL is every dealer with a valid dealing and no upheld complaint; at
//     least t are needed (Qualify). The election key is K = Σ_{i∈QUAL}
//     C_{i,0}; trustee j's secret share is s_j = Σ_{i∈QUAL} f_i(j) and its
//     public verification share Y_j = s_j·G = Σ_{i∈QUAL} Σ_k j^k·C_{i,k}.
//  5. To decrypt, trustee j posts D = s_j·A for each aggregate ciphertext
//     (A, B) with a DLEQ proof against Y_j (PartialDecryption). Combine
//     verifies them, names the trustees whose shares fail, interpolates t
//     valid ones at 0 and returns B − Σ λ_j·D_j = m·G.
//  6. After a mix-net (docs/protocol.md, sections 14.8 and 14.9), trustee
//     j decrypts every ciphertext of the final lists the same way, each
//     proof bound to its list, ballot and candidate (MixDecryption);
//     VerifyMixDecryption checks them in batches and CombineMix
//     interpolates t valid ones, ciphertext by ciphertext.
//
// Key bias. In joint Feldman a rushing adversary that controls dealers can
// wait for the honest commitments and then decide whether its own dealings
// get disqualified, which biases the distribution of K (shown in GJKR
// 2007); GJKR's full protocol adds a round of Pedersen commitments to
// prevent it. We accept the bias. R. Gennaro, S. Jarecki, H. Krawczyk, T. Rabin,
// "Secure applications of Pedersen's distributed key generation protocol",
// CT-RSA 2003, show that threshold schemes whose security reduces to the
// discrete logarithm problem stay secure with a joint-Feldman key. Their
// theorems are stated for discrete-log schemes (Schnorr signatures), not
// for the semantic security of ElGamal; that the argument carries over is
// our reading, not their theorem: the reduction extracts the corrupt
// dealers' polynomials from the honest trustees' shares, so it knows δ with
// K = H + δ·G for its challenge key H, and an ElGamal ciphertext (A, B)
// under H is (A, B + δ·A) under K. This needs static corruption of at most
// t−1 trustees and at least t honest ones (n ≥ 2t−1). If the key itself
// ever had to be uniform, this package would need GJKR's protocol.
//
// Other caveats. The transport keys x_j serve this ceremony only; an
// honest complaint reveals x_j·E_i for an E_i whose discrete log the
// dealer has proved it knows. Threshold decryption is a decryption oracle:
// trustees must decrypt only the published aggregates, and the final lists
// of a mix in which their own mix is valid. Posting, ordering
// and deadlines (who dealt in time) are the chain's job.
//
// Constant time: nothing here is secret. Parsing and verification are
// variable time on public data; secrets live in package trustee.
package dkg

import (
	"errors"
	"fmt"
	"strings"
)

// Version is the first byte of every encoded message of this format.
const Version = 0x01

// Message kinds, the second byte of every encoding.
const (
	KindKey       = 0x01
	KindDealing   = 0x02
	KindComplaint = 0x03
	KindPartial   = 0x04
	KindMixShare  = 0x05
)

// Limits, which bound what a decoder allocates.
const (
	MaxTrustees    = 64
	MaxCiphertexts = 4096
)

var (
	// ErrParams is returned for invalid ceremony parameters.
	ErrParams = errors.New("dkg: invalid parameters")
	// ErrDecode is returned for a malformed encoding.
	ErrDecode = errors.New("dkg: malformed encoding")
	// ErrMismatch is returned for a well-formed message that does not fit
	// the ceremony: wrong index, wrong counts, a duplicate.
	ErrMismatch = errors.New("dkg: message does not fit the ceremony")
	// ErrInvalid is returned when a proof does not verify.
	ErrInvalid = errors.New("dkg: invalid proof")
	// ErrBadShare is the reason a dealer is excluded after an upheld
	// complaint.
	ErrBadShare = errors.New("dkg: dealer sent a wrong share")
	// ErrShareCorrect is the reason a complaint with a valid proof fails.
	ErrShareCorrect = errors.New("dkg: complaint against a correct share")
	// ErrMissing is the reason a trustee that posted nothing is excluded.
	ErrMissing = errors.New("dkg: no message")
	// ErrTooFewDealers is returned when fewer than t dealers qualify.
	ErrTooFewDealers = errors.New("dkg: fewer than t qualified dealers")
	// ErrTooFewShares is returned when fewer than t partial decryptions
	// are valid.
	ErrTooFewShares = errors.New("dkg: fewer than t valid partial decryptions")
	// ErrCiphertexts is returned for an empty, oversized or degenerate list
	// of aggregate ciphertexts.
	ErrCiphertexts = errors.New("dkg: unusable aggregate ciphertexts")
)

// TrusteeError names the trustee a failure is blamed on.
type TrusteeError struct {
	Trustee int
	Err     error
}

func (e *TrusteeError) Error() string {
	return fmt.Sprintf("dkg: trustee %d: %s", e.Trustee, strings.TrimPrefix(e.Err.Error(), "dkg: "))
}

func (e *TrusteeError) Unwrap() error { return e.Err }

func blame(trustee int, err error) *TrusteeError {
	return &TrusteeError{Trustee: trustee, Err: err}
}

// Params are the number of trustees N and the threshold T: any T trustees
// can decrypt, T−1 learn nothing. Trustees are numbered 1 to N.
type Params struct {
	N, T int
}

// Validate checks 1 ≤ T ≤ N ≤ MaxTrustees.
func (p Params) Validate() error {
	if p.T < 1 || p.T > p.N || p.N > MaxTrustees {
		return fmt.Errorf("%w: n=%d t=%d, want 1 ≤ t ≤ n ≤ %d", ErrParams, p.N, p.T, MaxTrustees)
	}
	return nil
}

// valid reports whether i is a trustee index.
func (p Params) valid(i int) bool { return i >= 1 && i <= p.N }
