package console

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestMigrate: a console directory from before several elections (its
// state, codes and record at the top) becomes election 1, also when a
// move was cut short before the state file moved; an election
// directory without a state file (a deployment cut short) is not
// listed, and bad state is an error, not an empty list.
func TestMigrate(t *testing.T) {
	dir := t.TempDir()
	contract := common.HexToAddress("0x1111111111111111111111111111111111111111")
	write := func(path, data string) {
		t.Helper()
		must(t, os.MkdirAll(filepath.Dir(path), 0o700))
		must(t, os.WriteFile(path, []byte(data), 0o600))
	}
	write(filepath.Join(dir, legacyState), `{"contract":"`+contract.Hex()+`","fromBlock":7}`)
	write(filepath.Join(dir, RecordFile), "record\n")
	write(filepath.Join(dir, "codes", "codes-1.csv"), "voter_id,code\n")
	must(t, os.Rename(filepath.Join(dir, "codes"), filepath.Join(dir, "codes-moved"))) // cut short: codes moved, by hand here
	must(t, os.MkdirAll(ElectionDir(dir, 1), 0o700))
	must(t, os.Rename(filepath.Join(dir, "codes-moved"), filepath.Join(ElectionDir(dir, 1), "codes")))
	must(t, os.MkdirAll(ElectionDir(dir, 2), 0o700)) // a deployment cut short

	els, err := readElections(dir)
	must(t, err)
	if len(els) != 1 || els[1] == nil || els[1].st.Contract != contract || els[1].st.FromBlock != 7 {
		t.Fatalf("elections after the migration: %+v", els)
	}
	for _, name := range []string{stateFile, RecordFile, "codes/codes-1.csv"} {
		if _, err := os.Stat(filepath.Join(ElectionDir(dir, 1), name)); err != nil {
			t.Errorf("election 1 lacks %s: %v", name, err)
		}
	}
	for _, name := range []string{legacyState, RecordFile, "codes"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s is still at the top", name)
		}
	}
	if again, err := readElections(dir); err != nil || len(again) != 1 {
		t.Errorf("a second start: %d elections, %v", len(again), err)
	}
	write(filepath.Join(ElectionDir(dir, 3), stateFile), "{")
	if _, err := readElections(dir); err == nil {
		t.Error("a broken state file was read")
	}
}

// TestTrusteeSet: trustees as "name | address" lines or bare addresses;
// names that are empty after a bar, too long or with control characters,
// bad or repeated addresses and thresholds out of range are refused.
func TestTrusteeSet(t *testing.T) {
	a, b := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"
	ts, n, err := trusteeSet("Анна Петрова | "+a+"\r\n"+b+"\n", "2")
	if err != nil || n != 2 || len(ts) != 2 || ts[0].Name != "Анна Петрова" || ts[0].Address != common.HexToAddress(a) || ts[1].Name != "" {
		t.Fatalf("%+v %d %v", ts, n, err)
	}
	if ts, _, err := trusteeSet(a+", "+b, "1"); err != nil || len(ts) != 2 {
		t.Errorf("addresses on one line: %+v %v", ts, err)
	}
	long := ""
	for range maxName + 1 {
		long += "я"
	}
	for name, list := range map[string]string{
		"no name after a bar":  " | " + a,
		"a long name":          long + " | " + a,
		"an escape in a name":  "Anna\x1b[2J | " + a,
		"two addresses a name": "Anna | " + a + " " + b,
		"no address":           "Anna |",
		"a bad address":        "Anna | 0x12",
		"twice":                "Anna | " + a + "\nBoris | " + a,
		"none":                 "",
	} {
		if _, _, err := trusteeSet(list, "1"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for _, th := range []string{"0", "3", "x", ""} {
		if _, _, err := trusteeSet(a+"\n"+b, th); err == nil {
			t.Errorf("threshold %q: accepted", th)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
