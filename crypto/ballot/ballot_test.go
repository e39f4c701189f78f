package ballot

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/proof"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/internal/golden"
	"github.com/gtank/ristretto255"
)

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0, 0xb0}, ElectionID: [32]byte{0xe1}}

var alice = [20]byte{0xa1, 0x1c, 0xe0}

// testElection is a referendum-like question (exactly one of 2) and a
// council-like one (1 to 3 of 5). The key's secret is the scalar 7.
func testElection(t testing.TB) *Election {
	key := ristretto255.NewElement().ScalarBaseMult(group.Uint64(7))
	return &Election{
		Context:   testCtx,
		Key:       elgamal.NewPublicKey(key),
		Questions: []Question{{Options: 2, Min: 1, Max: 1}, {Options: 5, Min: 1, Max: 3}},
	}
}

var testChoices = [][]bool{{false, true}, {true, false, false, true, false}}

// goldenChoices are the choices the golden files encode.
var goldenChoices = [][]bool{{true, false}, {true, false, false, true, false}}

func TestRoundTripAndVerify(t *testing.T) {
	e := testElection(t)
	b, o, err := Encrypt(e, alice, testChoices, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, e, b, o)
}

// roundTrip checks that an honest ballot and opening of alice decode,
// verify and audit, and re-encode to the same bytes; it returns the
// decoded ballot.
func roundTrip(t *testing.T, e *Election, b *Ballot, o *Opening) *Ballot {
	t.Helper()
	if len(b.Bytes()) != e.Size() {
		t.Fatalf("encoding is %d bytes, Size says %d", len(b.Bytes()), e.Size())
	}
	p, err := Parse(e, b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(e, alice); err != nil {
		t.Fatalf("valid ballot rejected: %v", err)
	}
	if err := Audit(e, p, o); err != nil {
		t.Fatalf("honest opening rejected: %v", err)
	}
	o2, err := ParseOpening(e, o.Bytes())
	if err != nil || !bytes.Equal(o2.Bytes(), o.Bytes()) {
		t.Fatalf("opening round trip: %v", err)
	}
	return p
}

func TestWrongContextOrPseudonym(t *testing.T) {
	e := testElection(t)
	b, _, _ := Encrypt(e, alice, testChoices, rand.Reader)
	other := *e
	other.Context.ChainID++
	if err := b.Verify(&other, alice); !errors.Is(err, ErrInvalid) {
		t.Errorf("verified under another chain: %v", err)
	}
	other = *e
	other.Context.Contract[19] = 1
	if err := b.Verify(&other, alice); !errors.Is(err, ErrInvalid) {
		t.Errorf("verified under another contract: %v", err)
	}
	other = *e
	other.Key = elgamal.NewPublicKey(ristretto255.NewGeneratorElement())
	if err := b.Verify(&other, alice); !errors.Is(err, ErrInvalid) {
		t.Errorf("verified under another key: %v", err)
	}
	if err := b.Verify(e, [20]byte{0xb0, 0xb}); !errors.Is(err, ErrInvalid) {
		t.Errorf("verified under another pseudonym: %v", err)
	}
}

// TestCopiedCiphertext: Mallory copies Alice's first answer, or one of
// her ranks, into her own ballot; the proofs bind Alice's pseudonym, so
// Mallory's ballot fails.
func TestCopiedCiphertext(t *testing.T) {
	mallory := [20]byte{0x66}
	for name, copyFrom := range map[string]func(m, a *Ballot){
		"answer": func(m, a *Ballot) { m.Answers[0] = a.Answers[0] },
		"rank": func(m, a *Ballot) {
			m.Answers[1].Options[2], m.Answers[1].OptionZK[2] = a.Answers[1].Options[2], a.Answers[1].OptionZK[2]
		},
	} {
		e := mixedElection(t)
		a, _, _ := EncryptValues(e, alice, mixedValues, rand.Reader)
		m, _, _ := EncryptValues(e, mallory, mixedValues, rand.Reader)
		copyFrom(m, a)
		m.enc = m.encode()
		if err := m.Verify(e, mallory); !errors.Is(err, ErrInvalid) {
			t.Fatalf("ballot with a copied %s verified: %v", name, err)
		}
	}
}

func TestOverVote(t *testing.T) {
	e := testElection(t)
	if _, _, err := Encrypt(e, alice, [][]bool{{true, true}, testChoices[1]}, rand.Reader); !errors.Is(err, ErrChoice) {
		t.Fatalf("honest Encrypt of an over-vote: %v", err)
	}
	// A cheating booth makes a ballot for "2 of 2" (exact sum proof) and
	// presents it in the election where exactly 1 is allowed: same size,
	// so it parses, but the selection proof fails.
	cheat := *e
	cheat.Questions = []Question{{Options: 2, Min: 2, Max: 2}, e.Questions[1]}
	b, _, err := Encrypt(&cheat, alice, [][]bool{{true, true}, testChoices[1]}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(e, b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(e, alice); !errors.Is(err, ErrInvalid) {
		t.Fatalf("over-vote verified: %v", err)
	}
}

// TestOptionOfTwo: an option encrypting 2 (a double vote hidden from the
// sum check by a -1 elsewhere) fails its 0/1 proof.
func TestOptionOfTwo(t *testing.T) {
	e := testElection(t)
	b, _, _ := Encrypt(e, alice, testChoices, rand.Reader)
	if err := forge(t, e, b, 0, 1, 2).Verify(e, alice); !errors.Is(err, ErrInvalid) {
		t.Fatalf("option encrypting 2 verified: %v", err)
	}
}

// forge replaces option o of question q of b with an encryption of m
// under a proof that claims the value top instead.
func forge(t *testing.T, e *Election, b *Ballot, q, o int, m uint64) *Ballot {
	t.Helper()
	top := uint64(e.Questions[q].Top())
	ct, r, _ := elgamal.Encrypt(e.Key, m, rand.Reader)
	p, err := proof.ProveDisjunctive(e.optionTranscript(alice, q, o), e.Key, ct, 0, top, top, r, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	b.Answers[q].Options[o], b.Answers[q].OptionZK[o] = ct, p
	b.enc = b.encode()
	return b
}

func TestTamperedBytes(t *testing.T) {
	e := testElection(t)
	b, _, _ := Encrypt(e, alice, testChoices, rand.Reader)
	enc := b.Bytes()
	for i := 0; i < len(enc); i += 13 {
		bad := bytes.Clone(enc)
		bad[i] ^= 0x40
		p, err := Parse(e, bad)
		if err != nil {
			continue
		}
		if p.Verify(e, alice) == nil {
			t.Fatalf("ballot with byte %d flipped verified", i)
		}
	}
}

func TestParseRejects(t *testing.T) {
	e := testElection(t)
	b, _, _ := Encrypt(e, alice, testChoices, rand.Reader)
	good := b.Bytes()
	identity := bytes.Clone(good)
	copy(identity[1:33], make([]byte, 32))
	for name, data := range map[string][]byte{
		"empty":     nil,
		"short":     good[:len(good)-1],
		"long":      append(bytes.Clone(good), 0),
		"version":   append([]byte{2}, good[1:]...),
		"identity":  identity,
		"all-zero":  make([]byte, len(good)),
		"all-ones":  bytes.Repeat([]byte{0xff}, len(good)),
		"other-len": good[:e.Size()/2],
	} {
		if _, err := Parse(e, data); !errors.Is(err, ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	bad := &Election{Key: e.Key, Questions: []Question{{Options: 2, Min: 2, Max: 1}}}
	if _, err := Parse(bad, good); !errors.Is(err, ErrShape) {
		t.Errorf("bad shape: got %v, want ErrShape", err)
	}
}

func TestAuditCatchesLie(t *testing.T) {
	e := testElection(t)
	b, o, _ := Encrypt(e, alice, testChoices, rand.Reader)
	o.Values[0][0], o.Values[0][1] = 1, 0 // claims the other option
	if err := Audit(e, b, o); !errors.Is(err, ErrInvalid) {
		t.Fatalf("opening with a false choice passed the audit: %v", err)
	}
}

func TestVerifyBatch(t *testing.T) {
	e := testElection(t)
	items := make([]Item, 2*ChunkSize/16+3)
	for i := range items {
		items[i].Pseudonym = [20]byte{byte(i), byte(i >> 8)}
		b, _, err := Encrypt(e, items[i].Pseudonym, testChoices, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		items[i].Data = b.Bytes()
	}
	bad := map[int]bool{3: true, 40: true, len(items) - 1: true}
	items[3].Pseudonym[19] = 1                    // wrong pseudonym
	items[40].Data = items[41].Data               // someone else's ballot
	items[len(items)-1].Data = items[0].Data[:10] // garbage
	VerifyBatch(e, items)
	for i, it := range items {
		if bad[i] != (it.Err != nil) {
			t.Errorf("item %d: bad=%v, err=%v", i, bad[i], it.Err)
		}
	}
}

// TestGolden freezes the wire format: a deterministic ballot must encode
// to the bytes in testdata/ (go test -update rewrites them).
func TestGolden(t *testing.T) {
	e := testElection(t)
	b, o, err := Encrypt(e, alice, goldenChoices, testrand.New("golden-ballot"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "ballot-v1.hex", b.Bytes())
	golden.Check(t, "opening-v1.hex", o.Bytes())
	if p, err := Parse(e, b.Bytes()); err != nil || p.Verify(e, alice) != nil {
		t.Fatalf("golden ballot does not verify: %v", err)
	}
	// The key's secret is 7: B − 7A is G for a selected option, else 0.
	for qi, a := range b.Answers {
		for oi, ct := range a.Options {
			if !decryptsTo(ct, bit(goldenChoices[qi][oi])) {
				t.Errorf("question %d option %d does not decrypt to its choice", qi, oi)
			}
		}
	}
}

// decryptsTo says whether ct encrypts m under the test key, whose secret
// is 7: B − 7·A = m·G.
func decryptsTo(ct *elgamal.Ciphertext, m uint64) bool {
	got := ct.Message(ristretto255.NewElement().ScalarMult(group.Uint64(7), ct.A()))
	return got.Equal(ristretto255.NewElement().ScalarBaseMult(group.Uint64(m))) == 1
}

func FuzzParse(f *testing.F) {
	elections := []*Election{testElection(f), mixedElection(f)}
	for i, values := range [][][]uint8{{{0, 1}, {1, 0, 0, 1, 0}}, mixedValues} {
		b, o, _ := EncryptValues(elections[i], alice, values, rand.Reader)
		f.Add(b.Bytes())
		f.Add(o.Bytes())
	}
	f.Add([]byte{Version})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, e := range elections {
			if p, err := Parse(e, data); err == nil {
				if !bytes.Equal(p.Bytes(), data) {
					t.Fatal("re-encoding differs")
				}
				_ = p.Verify(e, alice)
			}
			if o, err := ParseOpening(e, data); err == nil && !bytes.Equal(o.Bytes(), data) {
				t.Fatal("opening re-encoding differs")
			}
		}
	})
}
