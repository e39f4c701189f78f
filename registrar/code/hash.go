package code

import (
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/argon2"
)

// Params are the Argon2id (RFC 9106) cost parameters of a code hash.
type Params struct {
	Time      uint32 // passes over memory
	MemoryKiB uint32 // memory in KiB
	Threads   uint8  // lanes
}

// DefaultParams are chosen for 1.5 M voters on a 2-core registrar:
// Argon2id, t = 1, m = 1 MiB, p = 1. Measured on this project's 2-core
// AMD EPYC machine: about 0.8 ms per hash on one core, so hashing the
// codes of 1.5 M voters takes about 12 minutes on both cores, and
// checking a code costs well under the RSA-3072 signature it unlocks
// (2.8 ms), which keeps the registrar above half the raw signing rate.
// RFC 9106's choices (t = 1, m = 2 GiB; t = 3, m = 64 MiB: 130 ms here)
// and OWASP's password minimum (m = 19 MiB, t = 2) would take days to
// hash a city's codes and cap a registrar at a few dozen voters per
// second; they are made for low-entropy passwords. A code has 60 random
// bits, so the hash only has to make an offline search of a leaked store
// expensive: an expected 2^59 hashes of 1 MiB per voter is far out of
// reach (about 10^7 CPU-years, or some 10^4 to 10^5 GPU-years).
var DefaultParams = Params{Time: 1, MemoryKiB: 1 << 10, Threads: 1}

// Bounds checked when a stored hash is read, so that a corrupted or
// hostile record cannot make verification arbitrarily slow.
const (
	maxTime      = 16
	maxMemoryKiB = 1 << 20 // 1 GiB
	maxThreads   = 16
)

// Record layout: version (1) || time (4) || memory (4) || threads (1) ||
// salt (16) || hash (32), integers big-endian.
const (
	recordVersion = 1
	saltSize      = 16
	hashSize      = 32
	RecordSize    = 1 + 4 + 4 + 1 + saltSize + hashSize
)

// ErrRecord is returned for a stored hash that cannot be read.
var ErrRecord = errors.New("code: invalid hash record")

// Hash returns the stored form of a canonical code: its Argon2id hash
// under a fresh 16-byte salt, with the parameters. rand must be
// crypto/rand.Reader outside tests.
func Hash(code string, p Params, rand io.Reader) ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	rec := make([]byte, 0, RecordSize)
	rec = append(rec, recordVersion)
	rec = binary.BigEndian.AppendUint32(rec, p.Time)
	rec = binary.BigEndian.AppendUint32(rec, p.MemoryKiB)
	rec = append(rec, p.Threads)
	salt := make([]byte, saltSize)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRand, err)
	}
	rec = append(rec, salt...)
	return append(rec, p.key(code, salt)...), nil
}

// Verify reports whether code hashes to record. The comparison is
// constant time; the running time depends only on the record's
// parameters.
func Verify(record []byte, code string) (bool, error) {
	p, salt, want, err := parse(record)
	if err != nil {
		return false, err
	}
	return subtle.ConstantTimeCompare(p.key(code, salt), want) == 1, nil
}

func parse(rec []byte) (Params, []byte, []byte, error) {
	if len(rec) != RecordSize || rec[0] != recordVersion {
		return Params{}, nil, nil, ErrRecord
	}
	p := Params{
		Time:      binary.BigEndian.Uint32(rec[1:]),
		MemoryKiB: binary.BigEndian.Uint32(rec[5:]),
		Threads:   rec[9],
	}
	if err := p.check(); err != nil {
		return Params{}, nil, nil, err
	}
	return p, rec[10 : 10+saltSize], rec[10+saltSize:], nil
}

func (p Params) check() error {
	if p.Time < 1 || p.Time > maxTime || p.Threads < 1 || p.Threads > maxThreads ||
		p.MemoryKiB < 8*uint32(p.Threads) || p.MemoryKiB > maxMemoryKiB {
		return fmt.Errorf("%w: parameters t=%d m=%d KiB p=%d out of range", ErrRecord, p.Time, p.MemoryKiB, p.Threads)
	}
	return nil
}

func (p Params) key(code string, salt []byte) []byte {
	return argon2.IDKey([]byte(code), salt, p.Time, p.MemoryKiB, p.Threads, hashSize)
}
