module github.com/alex-shpak/hugo-book

go 1.25
