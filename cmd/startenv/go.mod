module 0lanyard/startenv

go 1.26
