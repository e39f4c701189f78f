package roll_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar/roll"
)

func TestRead(t *testing.T) {
	in := "\uFEFFVoter_ID, Name ,district\n" +
		"m-0001,Анна Иванова,TVERSKOY\n" +
		"m-0002,\"Smith, John\",ARBAT\n" +
		"m-0003,Пётр,\n"
	r, err := roll.Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []roll.Voter{
		{ID: "m-0001", Name: "Анна Иванова", District: "TVERSKOY"},
		{ID: "m-0002", Name: "Smith, John", District: "ARBAT"},
		{ID: "m-0003", Name: "Пётр"},
	}
	if len(r.Voters) != len(want) {
		t.Fatalf("got %d voters, want %d", len(r.Voters), len(want))
	}
	for i := range want {
		if r.Voters[i] != want[i] {
			t.Errorf("voter %d = %+v, want %+v", i, r.Voters[i], want[i])
		}
	}
	if got := r.Eligible("ARBAT"); len(got) != 1 || got[0].ID != "m-0002" {
		t.Errorf("Eligible(ARBAT) = %+v", got)
	}
	if got := r.Eligible(); len(got) != 3 {
		t.Errorf("Eligible() = %d voters, want 3", len(got))
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		err      error
	}{
		{"no header", "", 1, roll.ErrHeader},
		{"wrong header", "id,name\n1,a\n", 1, roll.ErrHeader},
		{"no voters", "voter_id,name\n", 0, roll.ErrEmpty},
		{"empty id", "voter_id,name\n,Anna\n", 2, roll.ErrID},
		{"id with space", "voter_id,name\nm 1,Anna\n", 2, roll.ErrID},
		{"id too long", "voter_id,name\n" + strings.Repeat("a", 65) + ",Anna\n", 2, roll.ErrID},
		{"empty name", "voter_id,name\nm1,Anna\nm2, \n", 3, roll.ErrName},
		{"control in name", "voter_id,name\nm1,An\x01na\n", 2, roll.ErrName},
		{"bad utf8", "voter_id,name\nm1,\xff\n", 2, roll.ErrName},
		{"name too long", "voter_id,name\nm1," + strings.Repeat("я", 201) + "\n", 2, roll.ErrName},
		{"bad district", "voter_id,name,district\nm1,Anna,north west\n", 2, roll.ErrDistrict},
		{"duplicate", "voter_id,name\nm1,Anna\nm2,Boris\nm1,Vera\n", 4, roll.ErrDuplicate},
		{"missing field", "voter_id,name,district\nm1,Anna,N\nm2,Boris\n", 3, roll.ErrFields},
		{"extra field", "voter_id,name\nm1,Anna,N\n", 2, roll.ErrFields},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := roll.Read(strings.NewReader(tt.in))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			var le *roll.LineError
			if tt.line > 0 && (!errors.As(err, &le) || le.Line != tt.line) {
				t.Fatalf("err = %v, want it on line %d", err, tt.line)
			}
		})
	}
}

func TestReadReportsEveryLine(t *testing.T) {
	in := "voter_id,name\nm1,Anna\nbad id,Boris\nm3,\nm1,Vera\n\"m5,Gleb\n"
	_, err := roll.Read(strings.NewReader(in))
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{"line 3:", "line 4:", "line 5:", "(first on line 2)", "line 6"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
}

func TestReadCapsErrors(t *testing.T) {
	in := "voter_id,name\n" + strings.Repeat("bad id,x\n", 1000)
	_, err := roll.Read(strings.NewReader(in))
	if n := strings.Count(err.Error(), "line "); n != roll.MaxErrors {
		t.Fatalf("%d errors reported, want %d", n, roll.MaxErrors)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("voter_id,name\nm1,Anna\n")
	f.Add("voter_id,name,district\nm1,\"A, B\",N\nm1,C,\n")
	f.Add("\uFEFFvoter_id,name\n\"m1")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := roll.Read(strings.NewReader(in))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, v := range r.Voters {
			if roll.CheckID(v.ID) != nil || v.Name == "" || seen[v.ID] {
				t.Fatalf("accepted bad voter %+v", v)
			}
			seen[v.ID] = true
		}
	})
}
