package tally

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/transcript"
)

// TestValues are the messages of the test ciphertexts, in order.
var TestValues = []uint64{1, 0}

// TestCiphertexts are the ciphertexts the trustees decrypt in round 0,
// before the polls open: Enc(TestValues[c]; r_c) under the election key
// K, where the nonce r_c is the challenge of the transcript
// "evote/v1/tally/test-nonce", ctx, K, index c. Anyone recomputes them
// (and, knowing r_c, their plaintexts), so decrypting them tells nothing
// but whether the trustees' shares combine to the key's secret; and a
// trustee decrypts only what it has computed itself.
func TestCiphertexts(ctx transcript.Context, key *elgamal.PublicKey) []*elgamal.Ciphertext {
	out := make([]*elgamal.Ciphertext, len(TestValues))
	for c, m := range TestValues {
		t := transcript.New("tally/test-nonce")
		t.AppendContext(ctx)
		t.Append("K", key.Bytes())
		t.AppendUint64("index", uint64(c))
		out[c] = elgamal.EncryptWithNonce(key, m, t.Challenge())
	}
	return out
}

// TestDecryption decrypts the test ciphertexts with the round-0 shares
// of the header and fills the header's Test (ciphertexts, used and
// rejected trustees, values). Qualify must have succeeded. It fails with
// a *TestPendingError while fewer than t qualified trustees have posted,
// and with ErrTestDecryption when fewer than t shares are valid or the
// values are not TestValues.
func (e *Election) TestDecryption() error {
	if e.Result == nil {
		return fmt.Errorf("%w: no settled key ceremony", ErrTestDecryption)
	}
	cts := TestCiphertexts(e.Context, e.Result.Key)
	d := &e.Header.Test
	*d = Decryption{Shares: d.Shares}
	err := e.decrypt(d, cts, 1)
	if p := e.testPending(); err != nil && p != nil {
		return p
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrTestDecryption, err)
	}
	if !slices.Equal(d.Values, TestValues) {
		return fmt.Errorf("%w: values %v, want %v", ErrTestDecryption, d.Values, TestValues)
	}
	return nil
}

// TestPendingError is the test decryption's error while fewer than t
// qualified trustees have posted their round-0 share: the polls cannot
// open yet. It matches ErrTestDecryption.
type TestPendingError struct {
	Posted    int   // qualified trustees that posted a round-0 share
	Threshold int   // t
	Waiting   []int // qualified trustees (dkg indices) that have not
}

func (e *TestPendingError) Error() string {
	return fmt.Sprintf("%v: %d of %d test shares posted; waiting for trustees %s",
		ErrTestDecryption, e.Posted, e.Threshold, TrusteeList(e.Waiting))
}

func (e *TestPendingError) Unwrap() error { return ErrTestDecryption }

// testPending is the TestPendingError of the header's round-0 posts, or
// nil once t qualified trustees have posted.
func (e *Election) testPending() *TestPendingError {
	posted := map[int]bool{}
	for _, p := range e.Header.Test.Shares {
		posted[TrusteeOf(p.Trustee)] = true
	}
	p := &TestPendingError{Threshold: e.Ceremony.Params.T}
	for _, j := range e.Result.Qualified {
		if posted[j] {
			p.Posted++
		} else {
			p.Waiting = append(p.Waiting, j)
		}
	}
	if p.Posted >= p.Threshold {
		return nil
	}
	return p
}

// TrusteeList writes trustee numbers as people read them: "1, 3, 5".
func TrusteeList(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}
