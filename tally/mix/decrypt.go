package mix

import (
	"errors"
	"fmt"
	"math"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// NotFound is the value of a decrypted ciphertext whose plaintext is not
// in [0, top] for its question: its ballot is spoiled (docs/protocol.md,
// section 16.1).
const NotFound = math.MaxUint64

// SharePost is one MixSharePosted event: trustee (dkg index, from 1) says
// that the mix share file whose SHA-256 is File decrypts the lists whose
// ListsHash is Lists.
type SharePost struct {
	Trustee     int
	Lists, File [32]byte
	Block       uint64
	Tx          [32]byte
}

// ShareVerdict is the verdict on one share post, and why.
type ShareVerdict struct {
	Post    SharePost
	Verdict Verdict
	Err     error // the reason in a sentence; nil when Valid
}

// Decrypted is the outcome of Decrypt.
type Decrypted struct {
	// Rows[q][i][k] is the value of candidate k on ballot i of mixed
	// question q (list q), or NotFound.
	Rows     [][][]uint64
	Used     []int          // the dkg indices of the t trustees whose shares were combined
	Verdicts []ShareVerdict // one per post, in order
}

// Decrypt decrypts the final lists (hash ListsHash(lists)) with the mix
// share posts. A share counts only if its trustee is one of mixers (the
// trustees whose own mix is valid), it decrypts the final lists, its file
// is in files, parses and names the poster, and every proof verifies; the
// first r.Params.T valid shares by trustee index are combined
// (dkg.Result.CombineMix), and each value is the v in [0, top] with
// m·G = v·G (top: the question's max for a ranked question, its number
// of grades for a graded one), or NotFound. With fewer than T valid
// shares it returns the verdicts and an error.
func Decrypt(p *Params, r *dkg.Result, files Files, lists []*shuffle.List, mixers []int, posts []SharePost) (*Decrypted, error) {
	if err := p.CheckLists(lists); err != nil {
		return nil, err
	}
	out := &Decrypted{Verdicts: make([]ShareVerdict, len(posts))}
	mixed := make(map[int]bool)
	for _, j := range mixers {
		mixed[j] = true
	}
	hash := ListsHash(lists)
	var cands []*dkg.MixDecryption
	for n, post := range posts {
		d, v := shareVerdict(post, files, mixed, lists, hash)
		out.Verdicts[n] = v
		if d != nil {
			cands = append(cands, d)
		}
	}
	dec, err := r.CombineMix(lists, cands)
	var ce *dkg.CombineError
	if errors.As(err, &ce) {
		out.reject(ce.Rejected)
	}
	if err != nil {
		return out, fmt.Errorf("mix: decrypting the final lists: %w", err)
	}
	out.reject(dec.Rejected)
	out.Used = dec.Used
	out.Rows = p.values(dec.Messages, lists)
	return out, nil
}

// shareVerdict judges what can be judged of a share post without its
// proofs: it returns the parsed share and a Valid verdict, or nil and why.
func shareVerdict(post SharePost, files Files, mixed map[int]bool, lists []*shuffle.List, hash [32]byte) (*dkg.MixDecryption, ShareVerdict) {
	bad := func(v Verdict, format string, args ...any) (*dkg.MixDecryption, ShareVerdict) {
		return nil, ShareVerdict{Post: post, Verdict: v, Err: fmt.Errorf("mix: trustee %d's mix share: "+format, append([]any{post.Trustee}, args...)...)}
	}
	if !mixed[post.Trustee] {
		return bad(NotMixer, "the trustee has no valid mix in the chain")
	}
	if post.Lists != hash {
		return bad(WrongLists, "lists %s are not the final lists %s", Name(post.Lists), Name(hash))
	}
	b, err := files.Get(post.File, dkg.MixDecryptionSize(lists[0].Len(), widths(lists)))
	if err != nil {
		return bad(NoFile, "%w", err)
	}
	d, err := dkg.ParseMixDecryption(b)
	if err == nil {
		err = fits(d, lists)
	}
	if err != nil {
		return bad(Malformed, "%w", err)
	}
	if d.Trustee != post.Trustee {
		return bad(Mismatch, "the file is trustee %d's", d.Trustee)
	}
	return d, ShareVerdict{Post: post, Verdict: Valid}
}

// fits checks that d decrypts lists of the shape of lists.
func fits(d *dkg.MixDecryption, lists []*shuffle.List) error {
	if len(d.Lists) != len(lists) {
		return fmt.Errorf("%w: %d lists decrypted, %d mixed", ErrDecode, len(d.Lists), len(lists))
	}
	for q, l := range lists {
		if m := &d.Lists[q]; m.Width != l.Width() || m.Rows() != l.Len() {
			return fmt.Errorf("%w: list %d: %d ballots of %d decrypted, %d of %d mixed", ErrDecode, q, m.Rows(), m.Width, l.Len(), l.Width())
		}
	}
	return nil
}

// reject sets the verdict of every share dkg refused.
func (out *Decrypted) reject(rejected []*dkg.TrusteeError) {
	for _, te := range rejected {
		for n := range out.Verdicts {
			v := &out.Verdicts[n]
			if v.Verdict != Valid || v.Post.Trustee != te.Trustee {
				continue
			}
			v.Verdict, v.Err = InvalidProof, fmt.Errorf("mix: trustee %d's mix share: %w", te.Trustee, te)
			if errors.Is(te, dkg.ErrMismatch) {
				v.Verdict = Malformed
			}
		}
	}
}

// values finds every plaintext of the decrypted lists in [0, top].
func (p *Params) values(msgs [][]*ristretto255.Element, lists []*shuffle.List) [][][]uint64 {
	rows := make([][][]uint64, len(lists))
	for q, l := range lists {
		table, w := smallLogs(p.top(q)), l.Width()
		flat := make([]uint64, l.Len()*w)
		parallel.Chunks(len(flat), 4096, func(lo, hi int) {
			var key [32]byte
			for e := lo; e < hi; e++ {
				v, ok := table[[32]byte(msgs[q][e].Encode(key[:0]))]
				if !ok {
					v = NotFound
				}
				flat[e] = v
			}
		})
		rows[q] = make([][]uint64, l.Len())
		for i := range rows[q] {
			rows[q][i] = flat[i*w : (i+1)*w : (i+1)*w]
		}
	}
	return rows
}

// top is the largest value a valid ballot of mixed question q holds.
func (p *Params) top(q int) uint64 {
	mq := &p.Manifest.Questions[p.Questions()[q]]
	if mq.Type == election.Graded {
		return uint64(len(mq.Grades))
	}
	return uint64(mq.Max)
}

// smallLogs maps the encoding of v·G to v, for v in [0, top]: one
// encoding per lookup, where baby-step giant-step would take up to
// √top of them.
func smallLogs(top uint64) map[[32]byte]uint64 {
	table := make(map[[32]byte]uint64, top+1)
	p, g := ristretto255.NewIdentityElement(), ristretto255.NewGeneratorElement()
	for v := range top + 1 {
		table[[32]byte(p.Encode(nil))] = v
		p.Add(p, g)
	}
	return table
}
