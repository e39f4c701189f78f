package bench

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"iter"
	"os"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/pseudonym"
	"github.com/evote-org/evote/internal/progress"
)

// The voters file holds the voters' side of a benchmark election, made
// ahead of time: per voter the seed of its one-time pseudonym key, its
// choice, the registrar's issuance (the hash of the blinded message and
// the blind signature, which the registrar's store records) and the cast
// a booth would send (pseudonym, RFC 9474 token, encrypted ballot with
// its proofs, pseudonym signature). It starts with votersMagic and the
// election it is for (context, election key, the registrar key's
// SHA-256, options); then records in voter order, each
//
//	u32be(len) || u32be(index) || body || u32be(CRC-32C of index and body)
//
// so that a generation cut short leaves at most one torn record at the
// end, which the next one cuts off before it continues.
const votersMagic = "evote bench voters v1\n"

// ErrOtherElection is returned for a voters file made for another
// election (another chain, contract, manifest, election key or
// registrar key).
var ErrOtherElection = errors.New("bench: the voters file is for another election")

// maxRecord bounds a record's length when reading (a 10-option ballot
// is about 3.3 kB).
const maxRecord = 1 << 16

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Voter is one voter's side, made ahead of time.
type Voter struct {
	Index     uint32
	Seed      [32]byte // the pseudonym key's seed (voter.NewKey reads it)
	Choice    uint8    // option index; Options means a blank ballot
	BlindHash [32]byte // SHA-256 of the blinded message the registrar signed
	BlindSig  []byte   // the registrar's blind signature
	Cast      ballotbox.Cast
}

// fileHeader is the election a voters file is for.
func fileHeader(e *ballot.Election, reg *blind.PublicKey, options int) []byte {
	h := []byte(votersMagic)
	h = append(h, e.Context.Bytes()...)
	h = append(h, e.Key.Bytes()...)
	rk := sha256.Sum256(reg.Bytes())
	h = append(h, rk[:]...)
	return append(h, byte(options))
}

func (v *Voter) marshal() []byte {
	b := binary.BigEndian.AppendUint32(make([]byte, 4, 2600), v.Index)
	b = append(b, v.Seed[:]...)
	b = append(b, v.Choice)
	b = append(b, v.BlindHash[:]...)
	b = append(b, v.Cast.Pseudonym[:]...)
	for _, f := range [][]byte{v.BlindSig, v.Cast.Token, v.Cast.Ballot, v.Cast.Signature} {
		b = binary.BigEndian.AppendUint16(b, uint16(len(f)))
		b = append(b, f...)
	}
	b = binary.BigEndian.AppendUint32(b, crc32.Checksum(b[4:], crcTable))
	binary.BigEndian.PutUint32(b, uint32(len(b)-4))
	return b
}

// unmarshal decodes a record's bytes after its length.
func (v *Voter) unmarshal(b []byte) error {
	if len(b) < 4+32+1+32+20+4 || crc32.Checksum(b[:len(b)-4], crcTable) != binary.BigEndian.Uint32(b[len(b)-4:]) {
		return errors.New("bench: a damaged voter record")
	}
	v.Index, b = binary.BigEndian.Uint32(b), b[4:len(b)-4]
	copy(v.Seed[:], b)
	v.Choice = b[32]
	copy(v.BlindHash[:], b[33:])
	copy(v.Cast.Pseudonym[:], b[65:])
	b = b[85:]
	for _, f := range []*[]byte{&v.BlindSig, &v.Cast.Token, &v.Cast.Ballot, &v.Cast.Signature} {
		if len(b) < 2 || len(b) < 2+int(binary.BigEndian.Uint16(b)) {
			return errors.New("bench: a damaged voter record")
		}
		n := int(binary.BigEndian.Uint16(b))
		*f, b = bytes.Clone(b[2:2+n]), b[2+n:]
	}
	if len(b) != 0 {
		return errors.New("bench: a damaged voter record")
	}
	return nil
}

// Maker makes voters of one election: the registrar's signer stands in
// for the registrar's service (the same blind signature it would give),
// and the rest is what a booth does.
type Maker struct {
	Registrar *signer.Key
	Election  *ballot.Election
	Options   int
}

// Choice is voter i's choice, spread evenly over the options and a
// blank ballot (Options).
func Choice(i, options int) uint8 {
	x := uint64(i) * 0x9e3779b97f4a7c15
	return uint8((x >> 32) % uint64(options+1))
}

// answer is choice as the ballot's values.
func answer(choice uint8, options int) [][]uint8 {
	a := make([]uint8, options)
	if int(choice) < options {
		a[choice] = 1
	}
	return [][]uint8{a}
}

// Make makes voter i: a fresh key, a blind issuance, a ballot, the
// signature. The pseudonym key and its signature are go-ethereum's
// secp256k1 (decred's, with its precomputed table for multiples of the
// generator), not crypto/voter's constant-time signer, which a booth
// runs and which costs about 2 ms for each of the two: the key is the
// same scalar (Seed, which voter.NewKey would read alike) and the
// contract and every verifier check any valid signature alike.
func (m *Maker) Make(i int) (*Voter, error) {
	v := &Voter{Index: uint32(i), Choice: Choice(i, m.Options)}
	var k *ecdsa.PrivateKey
	for k == nil {
		if _, err := rand.Read(v.Seed[:]); err != nil {
			return nil, err
		}
		k, _ = crypto.ToECDSA(v.Seed[:]) // a seed that is not a scalar (2^-128) is drawn again
	}
	v.Cast.Pseudonym = crypto.PubkeyToAddress(k.PublicKey)
	blinded, st, err := blind.Blind(m.Registrar.Public(), blind.Message(m.Election.Context, v.Cast.Pseudonym), rand.Reader)
	if err != nil {
		return nil, err
	}
	v.BlindHash = sha256.Sum256(blinded)
	if v.BlindSig, err = m.Registrar.BlindSign(blinded); err != nil {
		return nil, err
	}
	if v.Cast.Token, err = blind.Finalize(st, v.BlindSig); err != nil {
		return nil, err
	}
	b, _, err := ballot.EncryptValues(m.Election, v.Cast.Pseudonym, answer(v.Choice, m.Options), rand.Reader)
	if err != nil {
		return nil, err
	}
	v.Cast.Ballot = b.Bytes()
	d := pseudonym.Digest(m.Election.Context, v.Cast.Token, v.Cast.Ballot)
	if v.Cast.Signature, err = crypto.Sign(d[:], k); err != nil {
		return nil, err
	}
	v.Cast.Signature[64] += 27
	return v, nil
}

// openVoters opens the voters file at path for the election header,
// making it if it does not exist, and returns it positioned after its
// last complete record, the torn tail (if any) cut off, with the number
// of complete records.
func openVoters(path string, header []byte) (*os.File, int, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, 0, err
	}
	n, end, err := scanVoters(f, header)
	if err == nil {
		err = f.Truncate(end)
	}
	if err == nil {
		_, err = f.Seek(end, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, n, nil
}

// scanVoters checks (or, in an empty file, writes) the header and counts
// the complete records, returning the offset after the last.
func scanVoters(f *os.File, header []byte) (int, int64, error) {
	got := make([]byte, len(header))
	switch k, err := io.ReadFull(f, got); {
	case k == 0 && err == io.EOF:
		if _, err := f.Write(header); err != nil {
			return 0, 0, err
		}
		return 0, int64(len(header)), f.Sync()
	case err != nil || !bytes.Equal(got, header):
		return 0, 0, fmt.Errorf("%w: %s", ErrOtherElection, f.Name())
	}
	n, end := 0, int64(len(header))
	for v, err := range readRecords(bufio.NewReaderSize(f, 1<<20)) {
		if err != nil {
			break // a torn or damaged tail: cut off, made again
		}
		if int(v.Index) != n {
			return 0, 0, fmt.Errorf("bench: %s: voter %d where %d was due", f.Name(), v.Index, n)
		}
		n++
		end += int64(len(v.raw))
	}
	return n, end, nil
}

// record is a decoded voter and its bytes as stored.
type record struct {
	*Voter
	raw []byte
}

// readRecords reads voter records until the end or the first record
// that does not read whole and intact.
func readRecords(r io.Reader) iter.Seq2[record, error] {
	return func(yield func(record, error) bool) {
		var lb [4]byte
		for {
			if _, err := io.ReadFull(r, lb[:]); err != nil {
				if err != io.EOF {
					yield(record{}, err)
				}
				return
			}
			n := binary.BigEndian.Uint32(lb[:])
			if n > maxRecord {
				yield(record{}, errors.New("bench: a voter record too long"))
				return
			}
			raw := make([]byte, 4+n)
			copy(raw, lb[:])
			if _, err := io.ReadFull(r, raw[4:]); err != nil {
				yield(record{}, err)
				return
			}
			v := new(Voter)
			if err := v.unmarshal(raw[4:]); err != nil {
				yield(record{}, err)
				return
			}
			if !yield(record{v, raw}, nil) {
				return
			}
		}
	}
}

// Generate makes voters have..n-1 with m on workers goroutines and
// appends them to f in order, syncing every 1,024 and at the end, so
// that a generation cut short keeps what it synced.
func Generate(ctx context.Context, f *os.File, have, n, workers int, m *Maker, p *progress.Meter) error {
	if have >= n {
		return nil
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type made struct {
		i int
		b []byte
	}
	jobs, out := make(chan int), make(chan made, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				v, err := m.Make(i)
				if err != nil {
					cancel(err)
					return
				}
				out <- made{i, v.marshal()}
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := have; i < n; i++ {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	w := bufio.NewWriterSize(f, 1<<20)
	early := map[int][]byte{} // made ahead of their turn
	next := have
	for mv := range out {
		early[mv.i] = mv.b
		for b, ok := early[next]; ok; b, ok = early[next] {
			delete(early, next)
			if _, err := w.Write(b); err != nil {
				cancel(err)
			}
			next++
			p.Add(1)
			if next%1024 == 0 {
				syncTo(w, f, cancel)
			}
		}
	}
	syncTo(w, f, cancel)
	p.Done()
	return context.Cause(ctx)
}

// syncTo flushes w and syncs f, cancelling with the error if either fails.
func syncTo(w *bufio.Writer, f *os.File, cancel context.CancelCauseFunc) {
	if err := w.Flush(); err != nil {
		cancel(err)
	} else if err := f.Sync(); err != nil {
		cancel(err)
	}
}

// ReadVoters reads the first n voters of the voters file at path, in
// order; the header must be the one given.
func ReadVoters(path string, header []byte, n int) iter.Seq2[*Voter, error] {
	return func(yield func(*Voter, error) bool) {
		if n == 0 {
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(nil, err)
			return
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 1<<20)
		got := make([]byte, len(header))
		if _, err := io.ReadFull(br, got); err != nil || !bytes.Equal(got, header) {
			yield(nil, fmt.Errorf("%w: %s", ErrOtherElection, path))
			return
		}
		i := 0
		for r, err := range readRecords(br) {
			if err == nil && int(r.Index) != i {
				err = fmt.Errorf("bench: %s: voter %d where %d was due", path, r.Index, i)
			}
			if err != nil || !yield(r.Voter, nil) {
				if err != nil {
					yield(nil, err)
				}
				return
			}
			if i++; i == n {
				return
			}
		}
		yield(nil, fmt.Errorf("bench: %s holds %d voters, want %d", path, i, n))
	}
}
