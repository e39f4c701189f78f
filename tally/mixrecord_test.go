package tally_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/rank"
)

// TestCountLineExample: the count line of docs/record.md's example is
// what NewCountLine writes for its ballots, byte for byte, and reads
// back canonically.
func TestCountLineExample(t *testing.T) {
	rows := [][]uint64{{1, 2, 0}, {1, 0, 0}, {0, 1, 2}, {2, 1, 3}, {2, 0, 1}}
	r, err := rank.NewRankings(rank.Question{Candidates: 3, Min: 1, Max: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if err := r.Add(row); err != nil {
			t.Fatal(err)
		}
	}
	seed := exampleSeed(1, rows)
	line := tally.NewCountLine(1, "irv", rank.IRV(r, seed))
	line.Used, line.Seed, line.Ballots = []int{1, 3}, seed, rows
	got := string(tally.Marshal(line))
	if want := docExample(t, `{"type":"count"`); got != want {
		t.Fatalf("docs/record.md's count line is\n%s\nNewCountLine writes\n%s", want, got)
	}
	var back tally.CountLine
	if err := tally.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
}

// TestCountLineLists: every list of a count line is [] when empty, never
// null, whatever the method, and exactly one method's object is set.
func TestCountLineLists(t *testing.T) {
	r, _ := rank.NewRankings(rank.Question{Candidates: 2, Min: 1, Max: 2})
	g, _ := rank.NewGrades(rank.Question{Candidates: 2, Min: 1, Max: 2, Grades: 3})
	stv, err := rank.STV(r, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range []any{rank.IRV(r, nil), stv, rank.Schulze(r, nil), rank.MajorityJudgment(g, nil)} {
		line := tally.NewCountLine(0, "m", res)
		line.Seed = make([]byte, 32)
		b := string(tally.Marshal(line))
		if strings.Count(b, "null") != 3 || !strings.Contains(b, `"winners":[]`) {
			t.Errorf("%T: %s", res, b)
		}
	}
}

// exampleSeed is docs/record.md's seed of question q.
func exampleSeed(q uint32, rows [][]uint64) []byte {
	var enc []string
	for _, row := range rows {
		var b []byte
		for _, v := range row {
			b = binary.BigEndian.AppendUint64(b, v)
		}
		enc = append(enc, string(b))
	}
	slices.Sort(enc)
	inner := sha256.Sum256([]byte(strings.Join(enc, "")))
	h := sha256.New()
	h.Write([]byte("evote/v1/rank/seed"))
	h.Write(binary.BigEndian.AppendUint32(nil, q))
	h.Write(inner[:])
	return h.Sum(nil)
}

// docExample is the indented example line of docs/record.md that
// begins with prefix.
func docExample(t *testing.T, prefix string) string {
	f, err := os.Open("../docs/record.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := strings.TrimPrefix(sc.Text(), "    "); strings.HasPrefix(line, prefix) {
			return line
		}
	}
	t.Fatalf("docs/record.md has no example line %s…", prefix)
	return ""
}

// BenchmarkCountLine writes and reads back (canonically) the count line
// of 100,000 decrypted ballots of 6 candidates, the record's part of a
// ranked question that the tally writes and every verifier reads and
// compares.
//
//	go test ./tally -run '^$' -bench CountLine -benchtime 3x
func BenchmarkCountLine(b *testing.B) {
	const n = 100000
	rows := make([][]uint64, n)
	for i := range rows {
		rows[i] = make([]uint64, 6)
		for c := range 6 {
			rows[i][c] = uint64(1 + (c+i)%6) // every candidate ranked, a rotation
		}
	}
	r, _ := rank.NewRankings(rank.Question{Candidates: 6, Min: 1, Max: 6})
	for _, row := range rows {
		r.Add(row)
	}
	line := tally.NewCountLine(1, "irv", rank.IRV(r, nil))
	line.Seed, line.Ballots = make([]byte, 32), rows
	var size int
	b.ResetTimer()
	for b.Loop() {
		enc := tally.Marshal(line)
		var back tally.CountLine
		if err := tally.Unmarshal(enc, &back); err != nil {
			b.Fatal(err)
		}
		size = len(enc)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/ballot")
	b.ReportMetric(float64(size)/n, "bytes/ballot")
}
