package io.sway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandleListTest {
  @TempDir Path temp;

  @Test
  void aTextFileHasOneHandlePerLineSkippingBlanksAndComments() throws Exception {
    Path file = Files.writeString(temp.resolve("list.txt"), "# shortlist\n@a\n\n  b  \n#@c\n");
    assertEquals(List.of("@a", "b"), HandleList.read(file, null));
  }

  @Test
  void aCsvFileIsReadFromItsHandleColumnOrTheOneNamed() throws Exception {
    Path file = Files.writeString(temp.resolve("people.csv"),
        "name,handle,note\nAda,@ada,\"likes, commas\"\nBo,,\nCy,@cy,x\n");
    assertEquals(List.of("@ada", "@cy"), HandleList.read(file, null));
    assertEquals(List.of("Ada", "Bo", "Cy"), HandleList.read(file, "name"));
  }

  @Test
  void aSpreadsheetsByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
    Path file = Files.writeString(temp.resolve("export.csv"), "\uFEFFhandle,name\n@ada,Ada\n");
    assertEquals(List.of("@ada"), HandleList.read(file, null));
    Path list = Files.writeString(temp.resolve("export.txt"), "\uFEFF@ada\n");
    assertEquals(List.of("@ada"), HandleList.read(list, null));
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre() throws Exception {
    Path file = Files.writeString(temp.resolve("people.csv"), "name,account\nAda,@ada\n");
    UserException e = assertThrows(UserException.class, () -> HandleList.read(file, null));
    assertTrue(e.getMessage().contains("no column 'handle'") && e.getMessage().contains("name, account"),
        e.getMessage());
  }

  @Test
  void aMissingFileIsAUserMistake() {
    UserException e = assertThrows(UserException.class,
        () -> HandleList.read(temp.resolve("nowhere.txt"), null));
    assertTrue(e.getMessage().contains("handle file not found"), e.getMessage());
  }
}
