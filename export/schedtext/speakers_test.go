package schedtext

import (
	"slices"
	"testing"

	"lanyard/store/schedule"
)

func TestSpeakerSplitting(t *testing.T) {
	tests := []struct {
		text     string
		speakers []string
		title    string
	}{
		{"Stuart Davidson – TBA", []string{"Stuart Davidson"}, "TBA"},
		{"Adarsh Shah, Priyanka Rao – Enabling DevOps culture", []string{"Adarsh Shah", "Priyanka Rao"}, "Enabling DevOps culture"},
		{"Grace Liu and Sam Patel – Incident Review", []string{"Grace Liu", "Sam Patel"}, "Incident Review"},
		{"Ana Ruiz & Bo Chen - Pairing", []string{"Ana Ruiz", "Bo Chen"}, "Pairing"},
		{"Ana Ruiz, Bo Chen, and Cy Park — Panel", []string{"Ana Ruiz", "Bo Chen", "Cy Park"}, "Panel"},
		{"PJ Hagerty – From Turing to Big Data", []string{"PJ Hagerty"}, "From Turing to Big Data"},
		{"Joe McGrath – Data Science", []string{"Joe McGrath"}, "Data Science"},
		{"Jean-Luc O'Brien – Hyphens", []string{"Jean-Luc O'Brien"}, "Hyphens"},
		{"Ludo van der Berg – Particles", []string{"Ludo van der Berg"}, "Particles"},
		{"Robert C. Martin – Clean Pipelines", []string{"Robert C. Martin"}, "Clean Pipelines"},
		{"Tomás Ruiz – Accents", []string{"Tomás Ruiz"}, "Accents"},
		{"Piotr Gaczkowski – Ego-less Programming — the philosophy of better code",
			[]string{"Piotr Gaczkowski"}, "Ego-less Programming — the philosophy of better code"},
		// Not names on the left: the whole is the title.
		{"Break + coffee", nil, "Break + coffee"},
		{"Ego-less Programming — the philosophy of better code", nil, "Ego-less Programming — the philosophy of better code"},
		{"Keynote – The Future of Ops", nil, "Keynote – The Future of Ops"},
		{"Don’t Be a Hero - a talk", nil, "Don’t Be a Hero - a talk"},
		{"The Path to Production – a roadmap", nil, "The Path to Production – a roadmap"},
		{"Self-service platforms", nil, "Self-service platforms"},
		{"Ana Ruiz –", nil, "Ana Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			talk := onlyTalk(t, parseOK(t, dateLine+"10:00 – 10:30 "+tt.text+"\n"))
			if !slices.Equal(talk.Speakers, tt.speakers) {
				t.Errorf("speakers = %q, want %q", talk.Speakers, tt.speakers)
			}
			if talk.Title != tt.title {
				t.Errorf("title = %q, want %q", talk.Title, tt.title)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		text string
		want schedule.Kind
	}{
		{"Registration and coffee", schedule.KindBreak},
		{"Break + coffee", schedule.KindBreak},
		{"Lunch Break", schedule.KindBreak},
		{"Evening Reception and Networking", schedule.KindBreak},
		{"Conference dinner", schedule.KindBreak},
		{"Opening welcome", schedule.KindPlenary},
		{"Day Close", schedule.KindPlenary},
		{"Sponsors", schedule.KindPlenary},
		{"Open Spaces Proposals", schedule.KindPlenary},
		{"Return to main room", schedule.KindPlenary},
		{"Opening Keynote", schedule.KindTalk},
		{"Ignites", schedule.KindTalk},
		{"Ana Ruiz – Why Lunch Matters", schedule.KindTalk},
		{"Ana Ruiz – Opening the Black Box", schedule.KindTalk},
		{"Breaking the Monolith", schedule.KindTalk},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			talk := onlyTalk(t, parseOK(t, dateLine+"10:00 – 10:30 "+tt.text+"\n"))
			if talk.Kind != tt.want {
				t.Errorf("kind = %s, want %s", talk.Kind, tt.want)
			}
		})
	}
}
