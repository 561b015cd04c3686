module github.com/imfing/hextra-starter-template

go 1.26

require github.com/imfing/hextra v0.12.3 // indirect
