package demo;

class DemoTest {
  void example() {
    // tag::example[]
    int x = 1;
    // end::example[]
    // end::stray[]
    // tag::sloppy
    // tag::unclosed[]
    int y = 2;
  }
}
