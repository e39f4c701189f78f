package trustee

import (
	"errors"
	"fmt"
	"testing"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/internal/testrand"
)

// TestElection runs the cryptography of a whole election: a 3-of-5 key
// ceremony, ballots made and batch-verified by package ballot (one of
// them forged), the homomorphic sums, and threshold decryption with two
// trustees absent, then with one of the four present cheating.
func TestElection(t *testing.T) {
	rand := testrand.New("election")
	r, shares := honest(t, 5, 3, "election-dkg")
	e := &ballot.Election{
		Context:   testCtx,
		Key:       r.Key,
		Questions: []ballot.Question{{Options: 4, Min: 0, Max: 1}, {Options: 3, Min: 1, Max: 2}},
	}
	const voters = 40
	items := make([]ballot.Item, voters+1)
	want := [][]uint64{make([]uint64, 4), make([]uint64, 3)}
	for v := range voters {
		choices := [][]bool{make([]bool, 4), make([]bool, 3)}
		if v%5 != 0 { // every fifth ballot is blank on question 0
			choices[0][v%4] = true
		}
		choices[1][v%3], choices[1][(v/3)%3] = true, true
		for q := range choices {
			for o, c := range choices[q] {
				want[q][o] += bit(c)
			}
		}
		items[v].Pseudonym = [20]byte{byte(v), 0xee}
		b, _, err := ballot.Encrypt(e, items[v].Pseudonym, choices, rand)
		if err != nil {
			t.Fatal(err)
		}
		items[v].Data = b.Bytes()
	}
	// A replayed ballot under another pseudonym must not count.
	items[voters] = ballot.Item{Pseudonym: [20]byte{0xba, 0xd}, Data: items[0].Data}
	ballot.VerifyBatch(e, items)
	aggs := sums(t, e, items)
	if items[voters].Err == nil {
		t.Fatal("a replayed ballot verified")
	}

	check := func(name string, who ...int) *dkg.Decryption {
		ps := partials(t, shares, aggs, rand, who...)
		if name == "cheat" {
			ps[0] = cheat(t, r, shares[who[0]-1], aggs)
		}
		d, err := r.Combine(aggs, ps)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := counts(t, d.Messages, voters)
		if fmt.Sprint(got) != fmt.Sprint(append(append([]uint64{}, want[0]...), want[1]...)) {
			t.Fatalf("%s: counts %v, want %v", name, got, want)
		}
		return d
	}
	check("two absent", 2, 4, 5)
	d := check("cheat", 4, 1, 2, 5)
	if len(d.Rejected) != 1 || d.Rejected[0].Trustee != 4 {
		t.Fatalf("cheating trustee not named: %+v", d.Rejected)
	}
	ps := partials(t, shares, aggs, rand, 2, 4, 5)
	ps[0] = cheat(t, r, shares[1], aggs)
	if _, err := r.Combine(aggs, ps); !errors.Is(err, dkg.ErrTooFewShares) {
		t.Fatalf("two absent and one cheating: %v, want ErrTooFewShares", err)
	}
}

// sums adds up the valid ballots' ciphertexts option by option.
func sums(t *testing.T, e *ballot.Election, items []ballot.Item) []*elgamal.Ciphertext {
	var aggs []*elgamal.Ciphertext
	for _, q := range e.Questions {
		for range q.Options {
			aggs = append(aggs, elgamal.Zero())
		}
	}
	for _, it := range items {
		if it.Err != nil {
			continue
		}
		i := 0
		for _, a := range it.Ballot.Answers {
			for _, ct := range a.Options {
				aggs[i] = elgamal.Add(aggs[i], ct)
				i++
			}
		}
	}
	return aggs
}

func bit(c bool) uint64 {
	if c {
		return 1
	}
	return 0
}
